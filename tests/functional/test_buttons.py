"""tryggsti's buttons carry only their own short style sheet (ui/widgets/button.py): the
unlock screen does not parse or match Textual's 45 rule sets for buttons before its first
frame, and no screen brings them back by using Textual's Button directly."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from textual.widgets import Button as TextualButton

from tests.functional.conftest import settle
from tryggsti.ui.widgets.button import STYLED_VARIANTS, Button

UI = Path(__file__).resolve().parents[2] / "src" / "tryggsti" / "ui"
OURS = UI / "widgets" / "button.py"


def _imports_textuals_button(source: str) -> bool:
    """`from textual.widgets import Button` in any layout (one line or in brackets), or
    from the module that defines it."""
    return any(
        isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("textual")
        and any(alias.name == "Button" for alias in node.names)
        for node in ast.walk(ast.parse(source))
    )


def test_no_screen_uses_textuals_button_directly():
    direct = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path != OURS and _imports_textuals_button(path.read_text(encoding="utf-8"))
    ]
    assert direct == []


def test_the_import_check_sees_every_layout():
    assert _imports_textuals_button("from textual.widgets import Button, Static\n")
    assert _imports_textuals_button("from textual.widgets import (\n    Button,\n    Input,\n)\n")
    assert _imports_textuals_button("from textual.widgets._button import Button\n")
    assert not _imports_textuals_button("from tryggsti.ui.widgets.button import Button\n")
    assert _imports_textuals_button(OURS.read_text(encoding="utf-8"))  # only ours may


async def test_the_unlock_screen_parses_only_tryggstis_button_styles(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "UnlockScreen"
        buttons = list(app.screen.query(TextualButton))
        assert buttons and all(type(button) is Button for button in buttons)
        sources = [source.content for source in app.stylesheet.source.values()]
        assert Button.DEFAULT_CSS in sources
        assert TextualButton.DEFAULT_CSS not in sources


async def test_every_button_variant_has_its_style(make_vault, make_app):
    """Each styled variant looks different from the plain button (its background)."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        form = app.screen.query_one("#unlock-form")
        await form.mount_all([Button(variant, variant=variant) for variant in STYLED_VARIANTS])
        await settle(pilot)
        backgrounds = {
            button.variant: button.styles.background
            for button in form.query(Button)
            if button.variant in STYLED_VARIANTS and str(button.label) == button.variant
        }
        assert len(set(backgrounds.values())) == len(STYLED_VARIANTS)


@pytest.mark.parametrize(
    "kwargs", [{"variant": "success"}, {"variant": "error"}, {"flat": True}], ids=str
)
def test_a_button_tryggsti_has_no_style_for_is_refused(kwargs):
    with pytest.raises(ValueError):
        Button("Lagre", **kwargs)
