"""Every new check-in starts with every field empty (the screen is built anew each time),
and its commitment boxes follow the commitments."""

from __future__ import annotations

from textual.widgets import Input, RadioSet, TextArea

from tests.helpers import FIXED_NOW, settle, unlock


def _fields(screen) -> dict[str, object]:
    """Every answer the form holds, by widget id."""
    from tryggsti.ui.widgets.scale import Scale
    from tryggsti.ui.widgets.toggles import Checkbox

    values: dict[str, object] = {}
    for scale in screen.query(Scale):
        values[scale.id] = scale.value
    for field in screen.query(Input):
        values[field.id] = field.value
    for box in screen.query(Checkbox):
        values[box.id] = box.value
    for area in screen.query(TextArea):
        values[area.id] = area.text
    for radio in screen.query(RadioSet):
        pressed = radio.pressed_button
        values[radio.id] = None if pressed is None else pressed.id
        values[f"{radio.id}-buttons"] = [button.value for button in radio.query("RadioButton")]
    return values


def _commitment(data):
    from tryggsti.domain.records import Commitment

    data.commitments.append(Commitment(id="c1", text="Gå en tur hver dag", created_at=FIXED_NOW))


async def _open_checkin(pilot, *, first: bool = True):
    if first:
        await unlock(pilot)
    await pilot.press("i")
    await settle(pilot)
    return pilot.app.screen


async def _fill_everything(pilot):
    screen = pilot.app.screen
    await pilot.press("7", "tab", "3", "tab", "2", "tab", *"gikk tur")
    for box in screen.query("Checkbox"):
        box.value = True
    await pilot.pause()
    for field in screen.query(Input):
        if not field.value:
            field.value = "5" if field.id == "sleep" else "noe"
    screen.query_one("#harm-no").value = True
    screen.query_one("#unsafe-skade").value = True
    screen.query_one("#note", TextArea).load_text("et notat")
    await pilot.pause()


async def test_a_check_in_left_half_way_starts_empty_next_time(make_vault, make_app):
    make_vault(_commitment)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        first = await _open_checkin(pilot)
        empty = _fields(first)
        assert empty["note"] == "" and empty["harm-thoughts"] == "harm-unanswered"
        await _fill_everything(pilot)
        assert all(_fields(first)[key] != value for key, value in empty.items())
        await pilot.press("escape")  # asks first: something is filled in
        await settle(pilot)
        app.screen.query_one("#leave-discard").press()
        await settle(pilot)
        assert _fields(await _open_checkin(pilot, first=False)) == empty
        assert app.screen.focused is app.screen.query_one("#scale-mood")


async def test_after_saving_the_next_check_in_is_empty(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        empty = _fields(await _open_checkin(pilot))
        await pilot.press("6", "tab", "2", "ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        assert _fields(await _open_checkin(pilot, first=False)) == empty
        await pilot.press("4", "ctrl+s")
        await settle(pilot)
        assert [c.mood for c in app.session.data.checkins] == [6, 4]
        assert app.session.data.checkins[-1].distress is None  # not carried over


async def test_a_new_commitment_gets_its_box_on_the_next_check_in(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        assert not (await _open_checkin(pilot)).query(".kept")
        await pilot.press("escape")
        _commitment(app.session.data)
        await _open_checkin(pilot, first=False)
        assert [box.id for box in app.screen.query(".kept")] == ["kept-c1"]


async def test_locking_drops_the_kept_check_in(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        first = await _open_checkin(pilot)
        await pilot.press("escape")
        await settle(pilot)
        app.lock_vault()
        await settle(pilot)
        assert not app.is_screen_installed("kept-checkin")
        assert await _open_checkin(pilot) is not first
