"""Every word a person reads lives in the string table: no prose literals in ui/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "tryggsti" / "ui"
PROSE = re.compile(r"[A-Za-zÆØÅæøå]{2,}\s+[A-Za-zÆØÅæøå]{2,}|[ÆØÅæøå]")
LOOKUPS = {"t", "lookup"}
STYLE_ATTRIBUTES = {"DEFAULT_CSS", "CSS"}
NON_PROSE_KEYWORDS = {"style", "classes", "id", "variant", "group", "name", "severity"}


def _exempt_nodes(tree: ast.AST) -> set[int]:
    """Docstrings, string-table keys and inline CSS are not prose."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                exempt.add(id(value))
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in LOOKUPS and node.args:
                exempt.add(id(node.args[0]))
        if isinstance(node, ast.keyword) and node.arg in NON_PROSE_KEYWORDS:
            exempt.add(id(node.value))
            if isinstance(node.value, ast.JoinedStr):  # f"response-block block-{name}"
                exempt.update(id(part) for part in node.value.values)
        if isinstance(node, ast.Assign):
            targets = {getattr(target, "id", None) for target in node.targets}
            if targets & STYLE_ATTRIBUTES:
                exempt.add(id(node.value))
    return exempt


def prose_literals(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    exempt = _exempt_nodes(tree)
    found = []
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in exempt and PROSE.search(node.value):
            found.append((node.lineno, node.value))
    return found


def test_no_prose_literals_in_ui_code():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for line, text in prose_literals(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(UI)}:{line}: {text!r}")
    assert not offenders, "Move these to content/nb/ui.toml:\n" + "\n".join(offenders)


def test_the_check_finds_norwegian_and_english_prose():
    source = 'x = "Lagre nå"\ny = "Save changes"\nz = t("home.title")\nw = "#home-today"\n'
    assert [line for line, _ in prose_literals(source)] == [1, 2]
