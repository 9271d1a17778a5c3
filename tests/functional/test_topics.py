"""Emner: reading a topic, answering in place, making a commitment, marking it read."""

from __future__ import annotations

from tests.helpers import settle, unlock


async def _open_first_topic(pilot):
    await unlock(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "TopicsScreen"
    await pilot.press("enter")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "TopicReaderScreen"
    return pilot.app.screen


async def test_an_answer_is_saved_in_place_and_shown_again(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _open_first_topic(pilot)
        topic = reader.topic
        first = topic.questions[0]
        area = reader.query_one(f"#answer-{first.id}")
        area.focus()
        await pilot.press(*"Jeg vil føle meg trygg")
        await pilot.press("escape")  # back: the answer is saved on the way out
        await settle(pilot)
        progress = app.session.data.topics[topic.id]
        assert progress.answers[first.id].text == "Jeg vil føle meg trygg"
        assert progress.opened_at is not None
        status = app.screen.query_one("#topics-table").get_cell(topic.id, "status")
        assert "1/" in status and status.endswith("svar")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(f"#answer-{first.id}").text == "Jeg vil føle meg trygg"


async def test_the_hide_key_from_inside_an_answer_saves_it_and_locks(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _open_first_topic(pilot)
        topic_id, question_id = reader.topic_id, reader.topic.questions[0].id
        reader.query_one(f"#answer-{question_id}").focus()
        await pilot.press(*"hemmelig", "f12")
        await settle(pilot)
        assert type(app.screen).__name__ == "HiddenScreen"
        assert app.session is None
    from tests.helpers import PASSPHRASE
    from tryggsti.services.session import VaultSession

    with VaultSession.unlock(app.vault_path, PASSPHRASE) as session:
        assert session.data.topics[topic_id].answers[question_id].text == "hemmelig"


async def test_a_suggestion_becomes_a_commitment_once(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _open_first_topic(pilot)
        button = reader.query_one("#commit-0")
        button.press()
        await settle(pilot)
        button.press()
        await settle(pilot)
        made = [c for c in app.session.data.commitments if c.topic_id == reader.topic_id]
        assert [c.text for c in made] == [reader.topic.commitments[0]]


async def test_marking_a_topic_read_moves_home_to_the_next(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _open_first_topic(pilot)
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert app.session.data.topics[reader.topic_id].completed_at is not None
        await pilot.press("escape", "escape")
        await settle(pilot)
        home_next = str(app.screen.query_one("#home-next").render())
        assert "2." in home_next


async def test_the_footer_says_what_ctrl_d_will_do_now(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _open_first_topic(pilot)

        def footer_text() -> str:
            return app.export_screenshot().replace("&#160;", " ")

        assert "Merk lest" in footer_text()
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert app.session.data.topics[reader.topic_id].completed_at is not None
        assert "Merk ulest" in footer_text()
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert app.session.data.topics[reader.topic_id].completed_at is None
        assert "Merk ulest" not in footer_text()
