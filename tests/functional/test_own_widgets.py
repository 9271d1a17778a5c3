"""tryggsti's buttons and text fields carry only their own short style sheets
(ui/widgets/button.py, ui/widgets/input.py): the unlock screen does not parse or match
Textual's 45 rule sets for buttons or its 16 for fields before its first frame, and no
screen brings them back by using Textual's Button or Input directly."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from textual.scroll_view import ScrollView
from textual.widgets import Button as TextualButton
from textual.widgets import Input as TextualInput

from tests.helpers import settle
from tryggsti.ui.widgets.button import STYLED_VARIANTS, Button
from tryggsti.ui.widgets.input import Input

UI = Path(__file__).resolve().parents[2] / "src" / "tryggsti" / "ui"
OURS = {"Button": UI / "widgets" / "button.py", "Input": UI / "widgets" / "input.py"}


def _imports_textuals(name: str, source: str) -> bool:
    """`from textual.widgets import <name>` in any layout (one line or in brackets), or
    from the module that defines it."""
    return any(
        isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("textual")
        and any(alias.name == name for alias in node.names)
        for node in ast.walk(ast.parse(source))
    )


@pytest.mark.parametrize("name", sorted(OURS))
def test_no_screen_uses_textuals_widget_directly(name):
    direct = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path != OURS[name] and _imports_textuals(name, path.read_text(encoding="utf-8"))
    ]
    assert direct == []


def test_the_import_check_sees_every_layout():
    assert _imports_textuals("Button", "from textual.widgets import Button, Static\n")
    layout = "from textual.widgets import (\n    Button,\n    Input,\n)\n"
    assert _imports_textuals("Button", layout) and _imports_textuals("Input", layout)
    assert _imports_textuals("Button", "from textual.widgets._button import Button\n")
    assert not _imports_textuals("Button", "from tryggsti.ui.widgets.button import Button\n")
    for name, ours in OURS.items():
        assert _imports_textuals(name, ours.read_text(encoding="utf-8"))  # only ours may


@pytest.mark.parametrize(
    ("ours", "textuals"),
    [(Button, (TextualButton,)), (Input, (TextualInput, ScrollView))],
    ids=["Button", "Input"],
)
async def test_the_unlock_screen_parses_only_tryggstis_styles(ours, textuals, make_vault, make_app):
    """Only our widget is on the unlock screen, and only its sheet is read, not Textual's
    (nor, for the field, those of the classes Textual's Input is built on)."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "UnlockScreen"
        widgets = list(app.screen.query(textuals[0]))
        assert widgets and all(type(widget) is ours for widget in widgets)
        sources = [source.content for source in app.stylesheet.source.values()]
        assert ours.DEFAULT_CSS in sources
        for textual in textuals:
            assert textual.DEFAULT_CSS not in sources


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


async def test_a_field_shows_focus_invalid_and_its_placeholder(make_vault, make_app):
    """The field's own rules apply: a frame that changes with focus and when invalid, and
    the placeholder and cursor in their component styles."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        field = app.screen.query_one("#passphrase", Input)
        assert field.has_focus
        focused = field.styles.border_top
        other = Input(placeholder="Annet felt", id="other")
        await app.screen.query_one("#unlock-form").mount(other)
        await settle(pilot)
        assert other.styles.border_top != focused and other.styles.height.value == 3
        other.add_class("-invalid")
        await settle(pilot)
        assert other.styles.border_top not in (focused, field.styles.border_top)
        for part in ("input--cursor", "input--placeholder", "input--selection"):
            assert field.get_component_styles(part).color is not None


def test_a_compact_field_tryggsti_has_no_style_for_is_refused():
    with pytest.raises(ValueError):
        Input(compact=True)


@pytest.mark.parametrize(
    "kwargs", [{"variant": "success"}, {"variant": "error"}, {"flat": True}], ids=str
)
def test_a_button_tryggsti_has_no_style_for_is_refused(kwargs):
    with pytest.raises(ValueError):
        Button("Lagre", **kwargs)
