"""Singular and plural come from the string table: «1 innsjekk på 1 dag», «3 innsjekker»."""

from __future__ import annotations

from tryggsti.strings import t


def test_one_checkin_on_one_day_is_singular():
    text = t(
        "mood_log.summary", days=7, count=1, logged=1, used=0, mood="5", distress="–", craving="–"
    )
    assert "1 innsjekk på 1 dag." in text


def test_several_are_plural():
    text = t("report.checkin_count", count=3, logged=2, days=7)
    assert text.startswith("3 innsjekker på 2 av 7 dager")


def test_every_plural_spec_in_the_table_has_two_forms():
    import re

    from tryggsti.strings import _table

    def strings(node):
        if isinstance(node, dict):
            for value in node.values():
                yield from strings(value)
        elif isinstance(node, str):
            yield node

    for text in strings(_table()):
        for spec in re.findall(r"\{\w+:p:([^}]*)\}", text):
            one, bar, other = spec.partition("|")
            assert bar and one and other, text


def test_the_cli_takes_the_date_form_the_app_asks_for(tmp_path, monkeypatch, capsys):
    from datetime import date

    from tests.unit.cli_helpers import eksport, init_vault, logg
    from tryggsti.commands.common import parse_date

    assert parse_date("1.11.2026") == date(2026, 11, 1)
    assert parse_date("2026-11-01") == date(2026, 11, 1)
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    result = eksport(monkeypatch, capsys, vault, "md", tmp_path / "r.md", "--fra", "1.11.2026")
    assert result.code == 0, result.err
    logged = logg(monkeypatch, capsys, vault, "5")
    assert " kl. " in logged.out and "-" not in logged.out.split("lagret")[1]
