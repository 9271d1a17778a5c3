"""Property test: any text a person typed (or an old vault holds) is shown literally, everywhere.

Hypothesis feeds markup, escapes, control characters, bare CRs, long lines, emoji and
combining marks into every free-text field of a vault written the old way (no cleaning on
input), then a Pilot visits each screen that shows the text. Nothing may crash, and the text,
minus its control characters, must be what the screen holds.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from tests.functional.screen_text import painted_text, squashed, widget_text
from tests.helpers import FIXED_NOW, PASSPHRASE, fixed_clock, settle
from tests.unit.user_text_strategies import as_in_an_old_vault, nasty_text, visible

HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
FAST = settings(max_examples=5, derandomize=True, deadline=None, suppress_health_check=HEALTH)
MORE = settings(max_examples=15, derandomize=True, deadline=None, suppress_health_check=HEALTH)


def _fill(data, text: str) -> None:
    """`text` in every free-text field, set after creation as an old vault could hold it."""
    from tryggsti.domain.records import (
        CheckIn,
        Commitment,
        Contact,
        Homework,
        ReflectionAnswer,
        TopicProgress,
    )

    checkin = CheckIn(id="c1", at=FIXED_NOW - timedelta(hours=1), mood=5, distress=3)
    as_in_an_old_vault(checkin, note=text)
    data.checkins.append(checkin)
    commitment = Commitment(id="k1", text="x", created_at=FIXED_NOW, due=date(2026, 3, 4))
    as_in_an_old_vault(commitment, text=text, reflection=text)
    data.commitments.append(commitment)
    plan = data.safety_plan
    plan.warning_signs = [text]
    plan.inner_coping = [text]
    contact = Contact(name="x")
    contact.name = contact.note = text
    contact.phone = text[:40]
    plan.help_contacts = [contact]
    answer = ReflectionAnswer("x", FIXED_NOW)
    answer.text = text
    data.topics["innledning"] = TopicProgress(topic_id="innledning", answers={"q1": answer})
    homework = Homework(
        id="h1",
        imported_at=FIXED_NOW,
        fingerprint="f",
        start=date(2026, 3, 1),
        due=date(2026, 3, 14),
        commitments=[],
    )
    homework.note = homework.therapist = text
    data.homework.append(homework)


def _app(folder: Path, text: str):
    from tryggsti.config import Config
    from tryggsti.services.session import VaultSession
    from tryggsti.ui.app import TryggstiApp

    vault = folder / "tryggsti.vault"
    session, _ = VaultSession.create(vault, PASSPHRASE, clock=fixed_clock, log_n=4)
    _fill(session.data, text)
    session.save()
    session.close()
    app = TryggstiApp(
        vault_path=vault,
        clock=fixed_clock,
        config=Config(),
        config_path=folder / "config.toml",
        kdf_log_n=4,
    )
    app._library = _library()  # read once for all examples: the content is not under test
    return app


@cache
def _library():
    from tryggsti.content.loader import load_library

    return load_library()


async def _unlock_directly(pilot) -> None:
    """What the unlock screen does, without typing the passphrase key by key (faster)."""
    from tryggsti.services.session import VaultSession

    await pilot.pause()
    app = pilot.app
    app.start_session(VaultSession.unlock(app.vault_path, PASSPHRASE, clock=app.clock))
    await settle(pilot)


def _tour(text: str, visit) -> None:
    """Open the app on a vault holding `text` and run `visit(pilot)` on it."""

    async def scenario() -> None:
        with tempfile.TemporaryDirectory() as folder:
            app = _app(Path(folder), text)
            async with app.run_test(size=(160, 50)) as pilot:
                await _unlock_directly(pilot)
                await visit(pilot)

    asyncio.run(scenario())


async def _open(pilot, *keys: str) -> str:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)
    painted_text(pilot.app)  # paints every visible widget: markup errors would surface here
    return squashed(widget_text(pilot.app.screen))


def _preview(text: str) -> str:
    from tryggsti.ui.screens.mood_log_screen import NOTE_PREVIEW

    note = " ".join(text.split())
    return visible(note[: NOTE_PREVIEW - 1] if len(note) > NOTE_PREVIEW else note)


def check_home_mood_log_and_commitments(text):
    async def visit(pilot):
        shown = await _open(pilot)
        assert visible(text) in shown
        assert _preview(text) in await _open(pilot, "m")
        await pilot.press("escape")
        assert visible(text) in await _open(pilot, "f")
        shown = await _open(pilot, "enter")
        assert type(pilot.app.screen).__name__ == "CommitmentStatusScreen"
        assert visible(text) in shown

    _tour(text, visit)


def check_safety_plan_and_its_editor(text):
    async def visit(pilot):
        shown = await _open(pilot, "t")
        assert visible(text) in shown
        assert visible(text[:40]) in shown
        assert visible(text) in await _open(pilot, "1")

    _tour(text, visit)


def check_topic_reader_and_homework(text):
    async def visit(pilot):
        await _open(pilot, "e")
        assert visible(text) in await _open(pilot, "enter")
        await pilot.press("escape", "escape")
        assert visible(text) in await _open(pilot, "l")

    _tour(text, visit)


def check_help_now_and_checkin(text):
    async def visit(pilot):
        shown = await _open(pilot, "h")
        assert visible(text) in shown and visible(text[:40]) in shown
        await pilot.press("escape")
        assert visible(text) in await _open(pilot, "i")

    _tour(text, visit)


CHECKS = (
    check_home_mood_log_and_commitments,
    check_safety_plan_and_its_editor,
    check_topic_reader_and_homework,
)


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_any_text_is_shown_literally(check):
    FAST(given(nasty_text)(check))()


@pytest.mark.slow
@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_any_text_is_shown_literally_more_examples(check):
    MORE(given(nasty_text)(check))()


def test_help_now_and_checkin_show_any_text_literally():
    quick = settings(FAST, max_examples=3, phases=[Phase.explicit, Phase.generate])
    quick(given(nasty_text)(check_help_now_and_checkin))()
