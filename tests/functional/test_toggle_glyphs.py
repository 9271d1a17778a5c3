"""Ticked or not is in the glyph, so it reads without colour (NO_COLOR, a plain capture)."""

from __future__ import annotations

from textual.app import App

from tryggsti.ui.widgets.toggles import Checkbox, RadioButton


class _Boxes(App):
    def compose(self):
        yield Checkbox("på", value=True, id="on")
        yield Checkbox("av", value=False, id="off")
        yield RadioButton("valgt", value=True, id="chosen")
        yield RadioButton("ikke valgt", value=False, id="other")


def _line(app, widget_id: str) -> str:
    return str(app.query_one(widget_id).render())


async def test_state_is_in_the_glyph(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = _Boxes()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        assert _line(app, "#on").startswith("▐X▌")
        assert _line(app, "#off").startswith("▐ ▌")
        assert _line(app, "#chosen").startswith("▐●▌")
        assert _line(app, "#other").startswith("▐○▌")
        app.query_one("#off").toggle()
        await pilot.pause()
        assert _line(app, "#off").startswith("▐X▌")
