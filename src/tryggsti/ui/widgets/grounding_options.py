"""One grounding exercise as a list option (title, minutes, summary), and its long version."""

from __future__ import annotations

from textual.widgets.option_list import Option

from tryggsti.domain.content import GroundingScript
from tryggsti.domain.text import clean_line
from tryggsti.strings import t
from tryggsti.ui.plain import join, plain_line
from tryggsti.ui.widgets.crisis_lines import hanging


def minutes(seconds: int) -> str:
    return t("grounding.minutes", count=max(1, round(seconds / 60)))


def list_width(screen_width: int) -> int:
    """Room for text in a full-width list: its border and padding on both sides and the
    scrollbar (with only the border counted, a long summary broke off a word on its own)."""
    return screen_width - 6


def script_option(script: GroundingScript, width: int, *, homework: bool = False) -> Option:
    """Title and length on one line (and «◆ hjemmeoppgave» when a homework asks for it),
    the summary below it, dim and indented."""
    summary = hanging(clean_line(script.summary), width, indent=4)
    mark = (f"  {t('homework_mark.grounding')}", "bold") if homework else ""
    prompt = join(
        "  ",
        plain_line(script.title),
        (f"  {minutes(script.total_seconds)}", "dim"),
        mark,
        "\n",
        (summary, "dim"),
    )
    return Option(prompt, id=script.id)


def long_option(script: GroundingScript) -> Option:
    """The long version, right under its short one: «Lang versjon  4 min»."""
    length = minutes(script.total_seconds)
    prompt = join("    ", t("grounding.long_version"), (f"  {length}", "dim"))
    return Option(prompt, id=script.id)
