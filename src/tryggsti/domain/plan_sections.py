"""The safety plan's seven sections, in order; their titles are `plan.<id>` in ui.toml."""

from __future__ import annotations

PLAN_SECTIONS = (
    "warning_signs",
    "inner_coping",
    "distractions",
    "help_contacts",
    "professionals",
    "safer_surroundings",
    "reasons_to_live",
)
