"""tryggsti never opens a network connection: a whole session with connections forbidden."""

from __future__ import annotations

import socket

import pytest

from tests.helpers import settle


@pytest.fixture
def forbid_connections(monkeypatch):
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use is forbidden in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


async def test_a_whole_session_makes_no_connection(
    forbid_connections, make_vault, make_app, tmp_path, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        for key in (
            "i",
            "escape",
            "e",
            "escape",
            "t",
            "escape",
            "f",
            "escape",
            "m",
            "escape",
            "o",
            "escape",
            "s",
            "escape",
            "a",
            "escape",
            "f1",
            "escape",
        ):
            await pilot.press(key)
            await settle(pilot)
        # Real work: a check-in, a grounding, a topic answer, the OAS, a report and homework.
        await pilot.press("i", "6", "tab", "4", "ctrl+s")
        await settle(pilot)
        await pilot.press("j", "enter", "5", "enter", "s", "3", "enter", "enter", "escape")
        await settle(pilot)
        await pilot.press("e", "enter", "tab", *"svar", "escape", "escape")
        await settle(pilot)
        await pilot.press("o", "enter", *("4" * 13), "enter", "enter")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        app.screen.query_one("#out").value = str(tmp_path / "rapport.html")
        app.screen.query_one("#make").press()
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert (tmp_path / "rapport.html").exists()
        data = app.session.data
        assert data.checkins and data.grounding_sessions and data.questionnaire_results
        await pilot.press("f12")
        await settle(pilot)
    assert forbid_connections == []
