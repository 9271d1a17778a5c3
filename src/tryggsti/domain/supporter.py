"""Who supports the person now, if they chose to say: the app's words follow the answer.

Asked once, optionally, after the first unlock, and changeable under Innstillinger. It
changes only wording (whom the text suggests talking with), never what the app offers:
the help lines are the same for everyone. Unanswered is None and gets neutral wording.
"""

from __future__ import annotations

THERAPIST = "behandler"
WAITING = "venteliste"
GP_ONLY = "fastlege"
ON_MY_OWN = "alene"

SUPPORTERS = (THERAPIST, WAITING, GP_ONLY, ON_MY_OWN)
UNANSWERED = "ukjent"  # the string table's key for no answer


def wording_key(supporter: str | None) -> str:
    """The string table's variant for this answer (neutral when unanswered or unknown)."""
    return supporter if supporter in SUPPORTERS else UNANSWERED
