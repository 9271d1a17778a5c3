"""After an OAS-13 result: whether to add a gentle word about talking with someone.

Never a verdict and never a label («lav»): a line that says it can help to talk, shown when
the total is in the lower part of the range, or when the answers about feelings say they
often feel hard to bear or to keep under control.
"""

from __future__ import annotations

from collections.abc import Sequence

# About one standard deviation under the mean of 428 Norwegian patients (66.25, SD 11.47;
# Opheim et al. 2014, see soc13.toml): not a cut-off (none exists), only a point from
# which a kind suggestion does no harm.
LOWER_PART_OF_RANGE = 54
# Item 9 «feelings inside you would rather not feel», item 13 «feelings you are not sure
# you can keep under control»: 1 and 2 are «very often» and next to it.
FEELING_ITEMS = (9, 13)
OFTEN = 2


def suggest_talking(total: int, answers: Sequence[int]) -> bool:
    """`answers` are the raw answers, item 1 first."""
    if total <= LOWER_PART_OF_RANGE:
        return True
    return any(len(answers) >= item and answers[item - 1] <= OFTEN for item in FEELING_ITEMS)
