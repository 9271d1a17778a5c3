"""The person's own words to put first when they tell of suicidal thoughts (CONTENT-GUIDE.md,
"Suicide": their own plan first, then 113 and 116 123)."""

from __future__ import annotations

from tryggsti.domain.records import SafetyPlan

# What helps most in the moment: what I can do myself, whom I can ask, what matters most.
EXCERPT_SECTIONS = ("inner_coping", "help_contacts", "reasons_to_live")


def plan_excerpt(plan: SafetyPlan, per_section: int = 3) -> list[tuple[str, list[str]]]:
    """(section, items) from the plan, only sections with something in them, a few items each."""
    excerpt = []
    for section in EXCERPT_SECTIONS:
        items = getattr(plan, section)
        if section == "help_contacts":
            items = [f"{c.name} {c.phone}".strip() for c in items]
        if items:
            excerpt.append((section, list(items[:per_section])))
    return excerpt
