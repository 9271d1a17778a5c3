"""Every place a person can go in the app: its key on the home screen and its screen class.

Screens are imported only when opened, so start-up stays light.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from tryggsti.strings import t


class Destination(NamedTuple):
    name: str  # also the key in ui.toml [nav]
    key: str  # the letter on the home screen
    module: str
    class_name: str
    needs_unlock: bool = True

    @property
    def label(self) -> str:
        return t(f"nav.{self.name}")

    @property
    def description(self) -> str:
        return t(f"nav.{self.name}_help")

    def make_screen(self):
        screen_class = getattr(importlib.import_module(self.module), self.class_name)
        return screen_class()


def _d(name: str, key: str, module: str, class_name: str, needs_unlock: bool = True):
    return Destination(name, key, f"tryggsti.ui.screens.{module}", class_name, needs_unlock)


DESTINATIONS: tuple[Destination, ...] = (
    _d("checkin", "i", "checkin_screen", "CheckInScreen"),
    _d("topics", "e", "topics_screen", "TopicsScreen"),
    _d("grounding", "j", "grounding_list_screen", "GroundingListScreen", needs_unlock=False),
    _d("questionnaire", "o", "questionnaire_screen", "QuestionnaireScreen"),
    _d("safety_plan", "t", "safety_plan_screen", "SafetyPlanScreen"),
    _d("commitments", "f", "commitments_screen", "CommitmentsScreen"),
    _d("mood_log", "m", "mood_log_screen", "MoodLogScreen"),
    _d("homework", "l", "homework_screen", "HomeworkScreen"),
    _d("report", "r", "report_screen", "ReportScreen"),
    _d("help_now", "h", "help_now_screen", "HelpNowScreen", needs_unlock=False),
    _d("settings", "s", "settings_screen", "SettingsScreen"),
    _d("about", "a", "about_screen", "AboutScreen", needs_unlock=False),
)

BY_NAME = {destination.name: destination for destination in DESTINATIONS}


def where_am_i(screen_stack) -> str | None:
    """The destination the person was last on (the topmost screen that is one), to reopen
    after unlocking; a topic's reader counts as «Emner». None for Hjem."""
    by_module = {d.module: d.name for d in DESTINATIONS}
    by_module["tryggsti.ui.screens.topic_reader_screen"] = "topics"
    for screen in reversed(screen_stack):
        name = by_module.get(type(screen).__module__)
        if name is not None:
            return name
    return None
