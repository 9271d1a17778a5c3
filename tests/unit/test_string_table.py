"""The string table and the code agree: every key the code looks up is in content/nb/ui.toml,
and every key there is used. The keys are read from src/'s syntax trees (tests/string_keys.py),
so code added tomorrow is checked without telling this test about it."""

from __future__ import annotations

import re
import textwrap

import pytest

from tests.string_keys import code_uses, leaves, table_keys

# Families whose values the collector cannot follow (they come from data, an enum's names,
# an exception's reason, a screen's attribute): each is matched by its shape, one word per
# value, and says where its values come from. A family that can be followed (a loop over a
# tuple, here or imported; a literal; a function's callers) needs no line here.
OPEN_FAMILIES = {
    "checkin.problem_{…}": "FormProblem.reason (domain/checkin_form.py)",
    "commitments.choose_{…}": "CommitmentStatus member names",
    "commitments.status_{…}": "CommitmentStatus member names",
    "content.expected.{…}": "Field.kind of the content schema (content/schema.py)",
    "errors.save_reason.{…}": "SaveFailed.reason, held to error_messages.SAVE_REASONS",
    "files.{…}": "UnreadableFile.reason (content/safe_read.py)",
    "grounding.kind_{…}": "the kinds of the grounding scripts in content/nb/grounding/",
    "lekse.expected.{…}": "the reasons homework_file.py reports a field with",
    "nav.{…}": "Destination.name (ui/navigation.py) and the content's {skjerm:…} references",
    "nav.{…}_help": "Destination.name (ui/navigation.py)",
    "oas.{…}": "InvalidAnswers.reason (domain/scoring.py)",
    "plan.{…}": "a screen's or a content reference's plan section (PLAN_SECTIONS)",
    "plan.{…}_help": "SafetyPlanEditScreen.section (PLAN_SECTIONS)",
    "plan.problem_{…}": "InvalidRecord.field of a plan section",
    "report.col_{…}": "the columns each report section passes to columns()",
    "report.homework_{…}": "the kinds of a homework item",
    "report.note_{…}": "NoteRow.kind of the report's notes",
    "report.relapse_{…}": "RELAPSE_ANSWERS, through the report's rows",
    "report.section_{…}": "the report's section names, passed to heading()",
    "safety_offer.{…}": "Choice values, the buttons a response offers (domain/safety_response.py)",
    "safety_offer.title_{…}": "Concern values, the response's lead (domain/safety_response.py)",
    "safety_offer.title_unsafe_{…}": "UnsafeKind values (domain/records.py)",
    "checkin.unsafe_{…}": "UnsafeKind values (domain/records.py), one radio button each",
    "help_now.jump_{…}": "JUMPS in ui/screens/help_now_screen.py, one key each",
    "errors.rollback.{…}": "Vault.rollback: vault/seen.py's GENERATION_BACK and RETIRED_KEY",
    "cli.{…}": "the string-table key kdf.description() gives for --version",
    "enkel.started_{…}": "why enkel modus started by itself (BY_ITSELF in enkel/)",
    "report_csv.col_{…}": "the columns each CSV section has (services/report_csv.py)",
    "checkin_entry.{…}": "the fields of a check-in opened whole (checkin_entry_screen.py)",
    "save.{…}": "TryggstiApp.save_state",
    "supporter.{…}": "SUPPORTERS (domain/supporter.py), through the radio set",
    "supporter.{…}.{…}": "services/supporter.py: the table and the person's wording key",
    "topics.area_{…}": "Topic.area in content/nb/topics/",
    "welcome.strength_{…}": "the level domain/passphrase.py's strength() gives",
}

# Keys read only by content files, never by code, with the reason for each. None today.
USED_BY_CONTENT: dict[str, str] = {}


@pytest.fixture(scope="module")
def table():
    return table_keys()


@pytest.fixture(scope="module")
def uses(table):
    return code_uses(sections={key for key in table if "." not in key})


def test_every_key_the_code_looks_up_is_in_the_table(table, uses):
    missing = [f"{where[0]}: {key}" for key, where in uses.looked_up.items() if key not in table]
    missing += [
        f"{family.where}: {key} ({family.pattern})"
        for family in uses.families
        if family.keys is not None
        for key in sorted(family.keys)
        if key not in table
    ]
    assert not missing, "Not in content/nb/ui.toml:\n" + "\n".join(sorted(missing))


def test_every_family_is_followed_or_says_where_its_values_come_from(table, uses):
    open_patterns = {family.pattern for family in uses.families if family.keys is None}
    undeclared = sorted(
        f"{family.where}: {family.pattern}"
        for family in uses.families
        if family.keys is None and family.pattern not in OPEN_FAMILIES
    )
    assert not undeclared, (
        "These keys are built from values the check cannot follow: loop over a tuple of the "
        "values, or add the family to OPEN_FAMILIES with where its values come from:\n"
        + "\n".join(undeclared)
    )
    stale = sorted(set(OPEN_FAMILIES) - open_patterns)
    assert not stale, f"No code builds these families any more: {stale}"
    from tests.string_keys import Family

    empty = [p for p in OPEN_FAMILIES if not any(Family("", p, None).matches(k) for k in table)]
    assert not empty, f"No key in the table has the shape of: {empty}"


def test_every_key_in_the_table_is_used(table, uses):
    used = {key for key in table if key in uses.constants} | set(USED_BY_CONTENT)
    for family in uses.families:
        used |= family.keys or {key for key in table if family.matches(key)}
    for key in list(used):  # a whole table looked up (argparse's messages) uses its keys
        if isinstance(table.get(key), dict):
            used |= {inner for inner in table if inner.startswith(f"{key}.")}
    orphans = sorted(key for key in leaves(table) if key not in used)
    assert not orphans, "Nothing uses these keys of content/nb/ui.toml:\n" + "\n".join(orphans)


def test_markup_in_the_table_is_shown_only_through_ui(table, uses):
    """strings.py's rule: a table string with markup is shown by ui() (which keeps it and
    inserts values literally), never by t(), whose text may land where markup is literal."""
    closing_tag = re.compile(r"\[/[\w .$-]*\]")
    with_markup = [k for k in leaves(table) if closing_tag.search(str(table[k]))]
    assert with_markup, "the check looks for markup such as [b]…[/b]"
    wrong = [
        f"{key}: {sorted(uses.looked_up_with.get(key, {'(not looked up by name)'}))}"
        for key in with_markup
        if uses.looked_up_with.get(key) != {"ui"}
    ]
    assert not wrong, "Markup in these strings, looked up other than with ui():\n" + "\n".join(
        wrong
    )


def test_the_collector_follows_families_to_their_values(tmp_path):
    """Loops over tuples (imported, joined, unpacked, from .items()), locals, callers."""
    package = tmp_path / "app"
    package.mkdir()
    (package / "names.py").write_text('SCALES = ("mood", "sleep")\nMORE = SCALES + ("x",)\n')
    (package / "screen.py").write_text(
        textwrap.dedent(
            """
            from app.names import MORE as SCALES
            PAIRS = {"a": 1, "b": 2}

            def compose():
                for name in SCALES:
                    t(f"checkin.{name}_low")
                labels = [t(f"pairs.{key}") for key, _ in PAIRS.items()]
                key = "up" if labels else "down"
                t(f"done.{key}")
                _heading("first")
                _heading(name="second")
                t("plain.key" if labels else "other.key")

            def _heading(name):
                return t(f"heading.{name}")

            def open_family(problem):
                return t(f"checkin.problem_{problem.reason}")
            """
        )
    )
    uses = code_uses(package)
    families = {family.pattern: family.keys for family in uses.families}
    assert families == {
        "checkin.{…}_low": {"checkin.mood_low", "checkin.sleep_low", "checkin.x_low"},
        "pairs.{…}": {"pairs.a", "pairs.b"},
        "done.{…}": {"done.up", "done.down"},
        "heading.{…}": {"heading.first", "heading.second"},
        "checkin.problem_{…}": None,
    }
    assert {"plain.key", "other.key"} <= set(uses.looked_up)
