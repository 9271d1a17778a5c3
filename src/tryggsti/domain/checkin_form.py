"""What a person typed in the check-in form, checked and turned into CheckIn fields."""

from __future__ import annotations

from dataclasses import dataclass

from tryggsti.domain.records import UnsafeKind

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
    unsafe_kind: UnsafeKind | None = None
    unsafe_note: str = ""
    sleep: str = ""
    note: str = ""
    harm_thoughts: bool | None = None

    def says_anything(self) -> bool:
        said = (self.mood, self.distress, self.craving, self.harm_thoughts)
        texts = (self.coping, self.note, self.sleep, self.used_what, self.unsafe_note)
        return (
            any(v is not None for v in said)
            or self.used
            or self.unsafe
            or any(t.strip() for t in texts)
        )

    def to_fields(self) -> dict:
        """Every question may be left unanswered («svar så mye eller lite du vil»); an
        unanswered scale is stored as None, never as 0. At least one thing must be said."""
        if not self.says_anything():
            raise FormProblem("nothing")
        return {
            "mood": self.mood,
            "distress": self.distress,
            "craving": self.craving,
            "harm_thoughts": self.harm_thoughts,
            "substance_use": self.used,
            "substance_what": self.used_what.strip() if self.used else "",
            "substance_amount": self.used_amount.strip() if self.used else "",
            "unsafe_behaviour": self.unsafe,
            "unsafe_kind": self.unsafe_kind if self.unsafe else None,
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
