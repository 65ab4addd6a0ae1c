"""The shape of bynder_ext's imports: data flows one way.

Every ``import`` of a bynder_ext module by another (at module level or inside a function; not
those under ``if TYPE_CHECKING:``) is an edge; the graph must have no cycle, except among the
fake's area modules, which register their handlers with the fake's core as they load.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bynder_ext"
EXEMPT = "bynder_ext.testing.areas"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _imported(name: str, path: Path) -> Iterator[str]:
    """The bynder_ext modules that module ``name`` imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def known(target: str) -> str | None:
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        return target or None

    def visit(node: ast.AST) -> Iterator[str]:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                yield from visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("bynder_ext") and (target := known(alias.name)):
                    yield target
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module.startswith("bynder_ext"):
                for alias in node.names:
                    if target := known(f"{module}.{alias.name}"):
                        yield target
        for child in ast.iter_child_nodes(node):
            yield from visit(child)

    yield from visit(ast.parse(path.read_text(encoding="utf-8")))


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def strong(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                strong(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            strong(node)
    return found


def test_bynder_ext_has_no_import_cycle() -> None:
    graph = {
        name: {target for target in _imported(name, path) if target != name}
        for name, path in MODULES.items()
    }
    # The fake's core imports its area modules to register their routes, and they call back
    # into it: those edges are by design. Left out, any other cycle through the core still shows,
    # and only cycles among the area modules themselves are exempt.
    core = "bynder_ext.testing.core"
    graph[core] = {target for target in graph[core] if not target.startswith(EXEMPT)}
    cycles = [c for c in _cycles(graph) if not all(m.startswith(EXEMPT) for m in c)]
    assert cycles == []


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
