"""Which keys of the string table (content/nb/ui.toml) the code in src/ uses, read from its
syntax trees, so the check keeps up with code nobody told it about.

A key is used when a string constant anywhere in src/ spells it (`t("home.title")`,
`TITLE_KEY = "app.title"`, a table of keys). A key built with an f-string is a family:
`t(f"checkin.{name}")` inside `for name in SCALES` stands for one key per value of SCALES.
The values are followed through `for` loops and comprehensions to the collection they walk
(a literal, or a module-level constant here or imported from another module of src/, also
through `.items()`, `.keys()`, `sorted(...)` and tuple unpacking). A family whose values
cannot be followed is an open family: it matches every key of its shape.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "tryggsti"
TABLE = ROOT / "content" / "nb" / "ui.toml"
LOOKUPS = frozenset({"t", "lookup", "ui"})  # the functions whose first argument is a key


def table_keys(path: Path = TABLE) -> dict[str, object]:
    """Every leaf of the table by its dotted key, and every table above them."""
    found: dict[str, object] = {}

    def walk(prefix: str, node: dict) -> None:
        for name, value in node.items():
            key = f"{prefix}{name}"
            found[key] = value
            if isinstance(value, dict):
                walk(f"{key}.", value)

    walk("", tomllib.loads(path.read_text(encoding="utf-8")))
    return found


@dataclass
class Family:
    """A key built with an f-string, where it was built, and the keys it stands for."""

    where: str
    pattern: str  # the f-string with each value shown as {…}
    keys: set[str] | None  # None: an open family, whose values could not be followed

    def matches(self, key: str) -> bool:
        """Whether `key` has this family's shape (each value one word of a dotted key)."""
        parts = [re.escape(part) for part in self.pattern.split("{…}")]
        return re.fullmatch(r"\w+".join(parts), key) is not None


@dataclass
class Uses:
    constants: dict[str, list[str]] = field(default_factory=dict)  # text -> where
    looked_up: dict[str, list[str]] = field(default_factory=dict)  # first args of LOOKUPS
    looked_up_with: dict[str, set[str]] = field(default_factory=dict)  # key -> LOOKUPS used
    families: list[Family] = field(default_factory=list)


class _Modules:
    """The module-level assignments and imports of every module in src/."""

    def __init__(self, src: Path) -> None:
        self.trees: dict[str, ast.Module] = {}
        self.paths: dict[str, Path] = {}
        self._resolvers: dict[str, _Resolver] = {}
        self._calls: dict[str, list[tuple[str, ast.Call]]] | None = None
        for path in sorted(src.rglob("*.py")):
            parts = path.relative_to(src.parent).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            self.trees[name] = ast.parse(path.read_text(encoding="utf-8"), str(path))
            self.paths[name] = path

    def constant(
        self, module: str, name: str, seen: frozenset = frozenset()
    ) -> tuple[str, ast.AST] | None:
        """The module and expression a module-level name is bound to, following
        `from … import` and `NAME = OTHER`."""
        if (module, name) in seen or module not in self.trees:
            return None
        seen = seen | {(module, name)}
        for node in self.trees[module].body:
            if isinstance(node, ast.Assign):
                if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                    return self._bound(module, node.value, seen)
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                if isinstance(node.target, ast.Name) and node.target.id == name:
                    return self._bound(module, node.value, seen)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    if (alias.asname or alias.name) == name:
                        return self.constant(node.module, alias.name, seen)
        return None

    def resolver(self, module: str) -> _Resolver:
        if module not in self._resolvers:
            self._resolvers[module] = _Resolver(self, module)
        return self._resolvers[module]

    def calls(self, name: str) -> list[tuple[str, ast.Call]]:
        """Every call in src/ of a function or method called `name`, with its module."""
        if self._calls is None:
            self._calls = {}
            for module, tree in self.trees.items():
                for node in ast.walk(tree):
                    if isinstance(node, ast.Call):
                        func = node.func
                        called = func.id if isinstance(func, ast.Name) else None
                        if isinstance(func, ast.Attribute):
                            called = func.attr
                        if called:
                            self._calls.setdefault(called, []).append((module, node))
        return self._calls.get(name, [])

    def _bound(self, module: str, value: ast.AST, seen: frozenset) -> tuple[str, ast.AST] | None:
        if isinstance(value, ast.Name):
            return self.constant(module, value.id, seen)
        return module, value


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    return {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


class _Resolver:
    """Follows the values of expressions in one module."""

    def __init__(self, modules: _Modules, module: str) -> None:
        self.modules = modules
        self.module = module
        self.parents = _parents(modules.trees[module])

    def _there(self, bound: tuple[str, ast.AST]) -> _Resolver:
        """The resolver for a module-level expression of another (or this) module."""
        return self.modules.resolver(bound[0])

    def items(self, node: ast.AST, depth: int = 0) -> list[ast.AST] | None:
        """The elements a `for` over `node` walks, as expressions; None if unknown."""
        if depth > 8:
            return None
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            found: list[ast.AST] = []
            for element in node.elts:
                if isinstance(element, ast.Starred):
                    inner = self.items(element.value, depth + 1)
                    if inner is None:
                        return None
                    found += inner
                else:
                    found.append(element)
            return found
        if isinstance(node, ast.Dict):
            return [key for key in node.keys if key is not None]
        if isinstance(node, ast.Name):
            bound = self.modules.constant(self.module, node.id)
            return None if bound is None else self._there(bound).items(bound[1], depth + 1)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.items(node.left, depth + 1), self.items(node.right, depth + 1)
            return None if left is None or right is None else left + right
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in {
                "tuple",
                "list",
                "sorted",
                "set",
                "frozenset",
                "reversed",
            }:
                return self.items(node.args[0], depth + 1) if node.args else []
            if isinstance(func, ast.Attribute) and func.attr in {"items", "keys", "values"}:
                mapping = self._mapping(func.value, depth + 1)
                if mapping is None:
                    return None
                if func.attr == "keys":
                    return [k for k, _ in mapping]
                if func.attr == "values":
                    return [v for _, v in mapping]
                return [ast.Tuple(elts=[k, v]) for k, v in mapping]
        return None

    def _mapping(self, node: ast.AST, depth: int) -> list[tuple[ast.AST, ast.AST]] | None:
        if isinstance(node, ast.Name):
            bound = self.modules.constant(self.module, node.id)
            return None if bound is None else self._there(bound)._mapping(bound[1], depth + 1)
        if isinstance(node, ast.Dict):
            return [(k, v) for k, v in zip(node.keys, node.values, strict=True) if k]
        return None

    def strings(self, node: ast.AST, depth: int = 0) -> set[str] | None:
        """Every text `node` can be; None if that cannot be followed."""
        if depth > 8:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            body, other = self.strings(node.body, depth + 1), self.strings(node.orelse, depth + 1)
            return None if body is None or other is None else body | other
        if isinstance(node, ast.Name):
            return self._name(node, depth)
        return None

    def _name(self, node: ast.Name, depth: int) -> set[str] | None:
        """A name bound by an enclosing `for` (or comprehension), or a module constant."""
        child: ast.AST = node
        while id(child) in self.parents:
            parent = self.parents[id(child)]
            loops: list[tuple[ast.AST, ast.AST]] = []
            if isinstance(parent, ast.For) and child is not parent.iter:
                loops = [(parent.target, parent.iter)]
            elif isinstance(parent, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
                loops = [(g.target, g.iter) for g in parent.generators]
            for target, walked in loops:
                found = self._from_loop(node.id, target, walked, depth)
                if found is not False:
                    return found  # type: ignore[return-value]
            if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef):
                return self._in_function(node.id, parent, depth)
            if isinstance(parent, ast.Lambda):
                return None
            child = parent
        bound = self.modules.constant(self.module, node.id)
        return None if bound is None else self._there(bound).strings(bound[1], depth + 1)

    def _in_function(
        self, name: str, function: ast.FunctionDef | ast.AsyncFunctionDef, depth: int
    ) -> set[str] | None:
        """A local assigned in `function`, or a parameter, followed to every call of it."""
        assigned = [
            node.value
            for node in ast.walk(function)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        ]
        if assigned:
            return self._all(assigned, depth)
        arguments = function.args
        positional = [a.arg for a in arguments.posonlyargs + arguments.args]
        starred = arguments.vararg is not None and arguments.vararg.arg == name
        if name not in positional and not starred:
            return None  # bound some other way (with, walrus, global): not followed
        if positional and positional[0] in ("self", "cls"):
            positional = positional[1:]
        calls = self.modules.calls(function.name)
        if not calls or depth > 4:
            return None
        found: set[str] = set()
        for module, call in calls:
            there = self.modules.resolver(module)
            if starred:
                given: list[ast.AST] = list(call.args[len(positional) :])
            elif name in positional and positional.index(name) < len(call.args):
                given = [call.args[positional.index(name)]]
            else:
                given = [k.value for k in call.keywords if k.arg == name]
            for argument in given:
                values = there.strings(argument, depth + 1)
                if values is None:
                    return None
                found |= values
        return found

    def _from_loop(self, name: str, target: ast.AST, walked: ast.AST, depth: int):
        """The values `name` takes in `for target in walked`; False if it is not bound there."""
        if isinstance(target, ast.Name):
            if target.id != name:
                return False
            elements = self.items(walked)
            return None if elements is None else self._all(elements, depth)
        if isinstance(target, ast.Tuple):
            for index, part in enumerate(target.elts):
                if isinstance(part, ast.Name) and part.id == name:
                    elements = self.items(walked)
                    if elements is None:
                        return None
                    picked = []
                    for element in elements:
                        inner = (
                            self.items(element) if not isinstance(element, ast.Constant) else None
                        )
                        if inner is None or index >= len(inner):
                            return None
                        picked.append(inner[index])
                    return self._all(picked, depth)
        return False

    def _all(self, elements: list[ast.AST], depth: int) -> set[str] | None:
        found: set[str] = set()
        for element in elements:
            values = self.strings(element, depth + 1)
            if values is None:
                return None
            found |= values
        return found

    def family(self, node: ast.JoinedStr, where: str) -> Family:
        keys: set[str] | None = {""}
        pattern = ""
        for part in node.values:
            if isinstance(part, ast.Constant):
                pattern += str(part.value)
                values: set[str] | None = {str(part.value)}
            else:
                assert isinstance(part, ast.FormattedValue)
                pattern += "{…}"
                values = self.strings(part.value) if part.format_spec is None else None
            if keys is not None and values is not None:
                keys = {key + value for key in keys for value in values}
            else:
                keys = None
        return Family(where, pattern, keys)


def code_uses(src: Path = SRC, sections: set[str] | None = None) -> Uses:
    """What src/ spells out as keys, and the families it builds (f-strings that begin with
    the name of one of the table's sections and a dot)."""
    modules = _Modules(src)
    uses = Uses()
    for module, tree in modules.trees.items():
        resolver = modules.resolver(module)
        parents = resolver.parents
        relative = modules.paths[module].relative_to(src.parent)
        for node in ast.walk(tree):
            where = f"{relative}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in parents and isinstance(parents[id(node)], ast.JoinedStr):
                    continue
                uses.constants.setdefault(node.value, []).append(where)
            elif isinstance(node, ast.JoinedStr):
                head = node.values[0] if node.values else None
                text = head.value if isinstance(head, ast.Constant) else ""
                section = str(text).split(".", 1)[0]
                if "." in str(text) and (sections is None or section in sections):
                    uses.families.append(resolver.family(node, where))
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if name in LOOKUPS:
                    for text in resolver.strings(node.args[0]) or ():
                        uses.looked_up.setdefault(text, []).append(where)
                        uses.looked_up_with.setdefault(text, set()).add(str(name))
    return uses


def leaves(keys: dict[str, object]) -> Iterator[str]:
    return (key for key, value in keys.items() if not isinstance(value, dict))
