"""The safety plan's eight sections, in order; their titles are `plan.<id>` in ui.toml."""

from __future__ import annotations

PLAN_SECTIONS = (
    "warning_signs",
    "inner_coping",
    "distractions",
    "help_contacts",
    "professionals",
    "safer_surroundings",
    "childcare",
    "reasons_to_live",
)
