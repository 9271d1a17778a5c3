"""The style sheet of every screen but the first one a person sees (the unlock screen, or
the first-run screen, whose styles are in app.tcss with the shared ones).

Each of those screens names it as its CSS_PATH; Textual reads it when the first of them
is shown, and only then. So the first frame does not wait for 45 rule sets it has no use
for. The path is absolute, so it holds for a screen defined in any folder (and in the
bundled app, where the styles folder sits beside this module).
"""

from __future__ import annotations

from pathlib import Path

SCREENS_TCSS = Path(__file__).parent / "styles" / "screens.tcss"
