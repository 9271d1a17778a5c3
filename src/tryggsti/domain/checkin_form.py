"""What a person typed in the check-in form, checked and turned into CheckIn fields."""

from __future__ import annotations

from dataclasses import dataclass

MAX_SLEEP_HOURS = 24


class FormProblem(ValueError):
    """`reason` names the string-table entry (checkin.problem_<reason>)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class CheckInForm:
    mood: int | None
    distress: int | None
    craving: int | None = None
    coping: str = ""
    used: bool = False
    used_what: str = ""
    used_amount: str = ""
    unsafe: bool = False
    unsafe_note: str = ""
    sleep: str = ""
    note: str = ""

    def to_fields(self) -> dict:
        if self.mood is None:
            raise FormProblem("mood")
        if self.distress is None:
            raise FormProblem("distress")
        return {
            "mood": self.mood,
            "distress": self.distress,
            "craving": self.craving or 0,
            "substance_use": self.used,
            "substance_what": self.used_what.strip() if self.used else "",
            "substance_amount": self.used_amount.strip() if self.used else "",
            "unsafe_behaviour": self.unsafe,
            "unsafe_note": self.unsafe_note.strip() if self.unsafe else "",
            "safe_coping": split_list(self.coping),
            "sleep_hours": parse_sleep(self.sleep),
            "note": self.note.strip(),
        }


def split_list(text: str) -> list[str]:
    """'gikk tur, ringte Kari' → ['gikk tur', 'ringte Kari']."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def parse_sleep(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        hours = float(text)
    except ValueError:
        raise FormProblem("sleep") from None
    if not 0 <= hours <= MAX_SLEEP_HOURS:
        raise FormProblem("sleep")
    return hours
