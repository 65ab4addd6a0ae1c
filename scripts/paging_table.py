"""Write bynder_ext/pagination/table.py from the ``x-bynder-paging`` extensions of the spec.

The generator's templates cannot see vendor extensions, so this step reads them, together with
what the generator itself makes of each operation (parameter names as the generated functions
spell them, the response types), using openapi-python-client's own parser. It writes:

- ``PAGING``: one ``bynder_ext.pagination.core.Paging`` record per list operation, keyed by the module
  name of its generated operation;
- typed entry points (``iter_items``, ``iter_pages``, ``fetch_all``, ``afetch_all``): one
  overload per list response type, so that the item type follows from the operation passed in
  (``iter_items(list_assets, ...)`` yields ``Asset``).

It fails, naming the operation, when an extension is malformed or disagrees with the operation
(an unknown parameter, an items key that the page model lacks). ``make generate`` runs it and
``make check-generated`` checks its output like generated/.

Usage: python scripts/paging_table.py [--output PATH]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "bynder.yaml"
CONFIG = ROOT / "generator-config.yaml"
PACKAGE = "bynder_client"
EXTENSION = "x-bynder-paging"
STYLES = ("page", "offset", "cursor", "single")
KEYS = {
    "style",
    "page",
    "offset",
    "cursor",
    "size",
    "max_size",
    "default_size",
    "fixed_size",
    "items",
    "total",
    "ask_total",
    "next",
    "size_header",
    "stable_order",
}
POSITION = {"page": "page", "offset": "offset", "cursor": "cursor"}


class SpecError(Exception):
    """An x-bynder-paging extension that cannot be honoured."""


@dataclass
class Operation:
    """One list operation, as the table and the overloads need it."""

    name: str
    module: str
    extension: dict[str, Any]
    endpoint: Endpoint
    response_type: str
    item_type: str
    item_is_object: bool
    page_model: Any = None
    imports: set[str] = field(default_factory=set)


def _code(value: Any) -> str:
    return str(value.as_unembedded_code())


def _text(value: Any) -> str:
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def generator_data(spec: Path = SPEC) -> GeneratorData:
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, spec, "utf-8", False, None
    )
    data = GeneratorData.from_dict(yaml.safe_load(spec.read_text(encoding="utf-8")), config=config)
    if not isinstance(data, GeneratorData):
        raise SpecError(f"the generator cannot read {spec}: {data}")
    MODELS.update({str(model.class_info.name): model for model in data.models})
    return data


def _endpoints(data: GeneratorData) -> Iterator[tuple[str, Endpoint]]:
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            yield str(tag), endpoint


def _absolute(import_line: str) -> str:
    """``from ...models.asset import Asset`` (relative to an operation module) made absolute."""
    return import_line.replace("from ...", f"from {PACKAGE}.", 1)


def _success(endpoint: Endpoint) -> Any:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high <= 299:
            return response.prop
    raise SpecError(f"{endpoint.name}: no 2xx response")


def _lists_in(prop: Any) -> list[Any]:
    kind = type(prop).__name__
    if kind == "ListProperty":
        return [prop]
    if kind == "UnionProperty":
        return [inner for inner in prop.inner_properties if type(inner).__name__ == "ListProperty"]
    return []


def _models_in(prop: Any) -> list[Any]:
    kind = type(prop).__name__
    if kind == "ModelProperty":
        return [prop]
    if kind == "UnionProperty":
        return [inner for inner in prop.inner_properties if type(inner).__name__ == "ModelProperty"]
    return []


#: Every model of the spec by class name: the properties of a model are only filled in on the
#: instance the generator keeps in its list of models.
MODELS: dict[str, Any] = {}


def _field(model: Any, json_name: str) -> Any:
    model = MODELS.get(str(model.class_info.name), model)
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if _text(prop.name) == json_name:
            return prop
    return None


def _item_of(list_prop: Any) -> tuple[str, bool]:
    """The type of a list's items, and whether it is a model."""
    inner = list_prop.inner_property
    return _code(inner.get_type_string()), type(inner).__name__ == "ModelProperty"


def _operation(tag: str, endpoint: Endpoint, extension: dict[str, Any]) -> Operation:
    name = str(endpoint.name)
    success = _success(endpoint)
    lists = _lists_in(success)
    items_key = extension.get("items")
    page_model = None
    if items_key is not None:
        for model in _models_in(success):
            found = _field(model, items_key)
            if found is not None and type(found).__name__ == "ListProperty":
                page_model = model
                lists.append(found)
                break
        else:
            raise SpecError(f"{name}: no page model of its 2xx response has a list {items_key!r}")
    if not lists:
        raise SpecError(f"{name}: its 2xx response holds no list of items")
    kinds = {_item_of(each) for each in lists}
    if len(kinds) != 1:
        raise SpecError(f"{name}: its pages hold items of several types {sorted(kinds)}")
    (item_type, is_object) = kinds.pop()
    imports = {_absolute(line) for line in endpoint.relative_imports if "models." in line}
    if is_object:
        info = lists[0].inner_property.class_info
        imports.add(f"from {PACKAGE}.models.{info.module_name} import {info.name}")
    return Operation(
        name=name,
        module=f"{PACKAGE}.api.{tag}.{name}",
        extension=extension,
        endpoint=endpoint,
        response_type=_code(endpoint.response_type()),
        item_type=item_type,
        item_is_object=is_object,
        page_model=page_model,
        imports=imports,
    )


def _parameters(op: Operation) -> dict[str, Any]:
    """Wire name -> generated parameter (query and path)."""
    params = op.endpoint.path_parameters + op.endpoint.query_parameters
    return {_text(p.name): p for p in params}


def _python(op: Operation, wire: str, what: str) -> str:
    param = _parameters(op).get(wire)
    if param is None:
        raise SpecError(f"{op.name}: {what} names {wire!r}, which is not one of its parameters")
    return str(param.python_name)


def _location(op: Operation, text: str, what: str) -> str:
    where, _, path = str(text).partition(":")
    if where == "header":
        if not path:
            raise SpecError(f"{op.name}: {what} needs a header name")
        return f"Location('header', ({path!r},))"
    if where not in ("body", "last") or not path:
        raise SpecError(f"{op.name}: {what} must be header:<name>, body:<path> or last:<key>")
    keys = tuple(path.split("."))
    model = None
    if where == "body":
        model = next((m for m in _models_in(_success(op.endpoint)) if _field(m, keys[0])), None)
    attributes = []
    for key in keys:
        prop = _field(model, key) if model is not None else None
        attributes.append(str(prop.python_name) if prop is not None else _attribute(key))
        model = _models_in(prop)[0] if prop is not None and _models_in(prop) else None
    return f"Location({where!r}, {keys!r}, {tuple(attributes)!r})"


def _attribute(json_name: str) -> str:
    """The attribute name the generator gives a JSON property (for keys of untyped objects)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(json_name, "field_"))


def _params_dict(op: Operation, values: dict[str, Any], what: str) -> str:
    if not isinstance(values, dict) or not values:
        raise SpecError(f"{op.name}: {what} must be a mapping of parameters to values")
    pairs = ", ".join(f"{_python(op, k, what)!r}: {v!r}" for k, v in values.items())
    return "{" + pairs + "}"


def _record(op: Operation) -> str:
    ext = op.extension
    unknown = set(ext) - KEYS
    if unknown:
        raise SpecError(f"{op.name}: unknown {EXTENSION} keys {sorted(unknown)}")
    style = ext.get("style")
    if style not in STYLES:
        raise SpecError(f"{op.name}: style must be one of {STYLES}, got {style!r}")
    fields = [f"operation={op.name!r}", f"style={style!r}"]
    key = POSITION.get(style)
    if key is not None:
        if key not in ext:
            raise SpecError(f"{op.name}: style {style} needs {key!r}")
        fields.append(f"position={_python(op, ext[key], key)!r}")
    for other in set(POSITION.values()) - {key}:
        if other in ext:
            raise SpecError(f"{op.name}: {other!r} does not go with style {style}")
    if style == "single" and set(ext) - {"style", "items", "total"}:
        raise SpecError(f"{op.name}: a single-page list takes only items and total")
    if "size" in ext:
        fields.append(f"size={_python(op, ext['size'], 'size')!r}")
    for number in ("max_size", "default_size", "fixed_size"):
        if number in ext:
            if not isinstance(ext[number], int) or ext[number] < 1:
                raise SpecError(f"{op.name}: {number} must be a positive integer")
            fields.append(f"{number}={ext[number]!r}")
    if "items" in ext:
        attribute = str(_field(op.page_model, ext["items"]).python_name)
        fields.append(f"items=({ext['items']!r}, {attribute!r})")
    if "total" in ext:
        totals = ext["total"] if isinstance(ext["total"], list) else [ext["total"]]
        fields.append(f"total=({''.join(_location(op, t, 'total') + ', ' for t in totals)})")
    if "ask_total" in ext:
        choices = ext["ask_total"] if isinstance(ext["ask_total"], list) else [ext["ask_total"]]
        rendered = "".join(_params_dict(op, c, "ask_total") + ", " for c in choices)
        fields.append(f"ask_total=({rendered})")
    if "next" in ext:
        fields.append(f"next={_location(op, ext['next'], 'next')}")
    elif style == "cursor":
        raise SpecError(f"{op.name}: style cursor needs next")
    if "size_header" in ext:
        fields.append(f"size_header={ext['size_header']!r}")
    if "stable_order" in ext:
        fields.append(f"stable_order={_params_dict(op, ext['stable_order'], 'stable_order')}")
    if not op.item_is_object:
        fields.append("objects=False")
    params = _parameters(op)
    python = sorted(str(p.python_name) for p in params.values())
    required = sorted(str(p.python_name) for p in params.values() if p.required)
    joined = sorted(
        str(p.python_name) for p in params.values() if type(p).__name__ == "StringProperty"
    )
    fields.append(f"parameters=frozenset({python!r})")
    if required:
        fields.append(f"required=frozenset({required!r})")
    if joined:
        fields.append(f"joined=frozenset({joined!r})")
    body = ",\n        ".join(fields)
    return f"    {op.module!r}: Paging(\n        {body},\n    ),"


HEADER = '''\
"""The paging table and the typed entry points of bynder_ext.pagination.

Generated by scripts/paging_table.py from the x-bynder-paging extensions of openapi/bynder.yaml:
do not edit (``make generate`` rewrites it, ``make check-generated`` fails when it is stale).
Each protocol below matches the generated operations whose ``sync_detailed`` returns one
response type, so the overloads give each list operation its item type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, overload

from .core import Location, Page, Paging
from .pager import Pager, start

if TYPE_CHECKING:
    from bynder_client.types import Response

    from ..client import BynderClient
'''

COMMON = """\
    *,
    client: BynderClient,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    stable_order: bool = ...,"""

FETCH = """\
    fetch_all: bool = ...,"""


def _overloads(function: str, groups: list[tuple[str, list[Operation]]], kind: str) -> str:
    """The overloads of one entry point: models=False first, then one per response type."""
    is_async = function == "afetch_all"
    prefix = "async def" if is_async else "def"
    extra = FETCH + "\n" if "fetch" in function else ""

    def result(item: str) -> str:
        if kind == "items":
            return f"Pager[{item}]"
        if kind == "pages":
            return f"Pager[Page[{item}]]"
        return f"list[{item}]"

    objects = [name for name, ops in groups if ops[0].item_is_object]
    chunks = [
        f"@overload\n{prefix} {function}(\n    operation: {' | '.join(objects)},\n{COMMON}\n"
        f"{extra}    models: Literal[False],\n    **params: Any,\n) -> {result('dict[str, Any]')}: ..."
    ]
    for name, ops in groups:
        chunks.append(
            f"@overload\n{prefix} {function}(\n    operation: {name},\n{COMMON}\n"
            f"{extra}    models: Literal[True] = ...,\n    **params: Any,\n"
            f") -> {result(ops[0].item_type)}: ..."
        )
    return "\n".join(chunks)


def render(operations: list[Operation]) -> str:
    groups: dict[str, list[Operation]] = {}
    for op in operations:
        groups.setdefault(op.response_type, []).append(op)
    named = [(f"_Lists{i}", ops) for i, ops in enumerate(groups.values(), start=1)]
    imports = sorted(set().union(*(op.imports for op in operations)))
    lines = [HEADER]
    lines.extend(f"    {line}" for line in imports)
    lines.append("")
    lines.append("__all__ = ['PAGING', 'afetch_all', 'fetch_all', 'iter_items', 'iter_pages']")
    lines.append("")
    lines.append("#: How each list operation pages, by the module name of its generated operation.")
    lines.append("PAGING: Final[dict[str, Paging]] = {")
    lines.extend(_record(op) for op in sorted(operations, key=lambda o: o.module))
    lines.append("}")
    lines.append("")
    for name, ops in named:
        listed = ", ".join(op.name for op in ops)
        lines.append("")
        lines.append(f"class {name}(Protocol):")
        lines.append(f'    """{listed}"""')
        lines.append("")
        lines.append(
            "    def sync_detailed(self, *args: Any, **kwargs: Any)"
            f" -> Response[{ops[0].response_type}]: ..."
        )
        lines.append("")
    items_doc = (
        '    """Iterate the items of a list operation across its pages (a :class:`Pager`: '
        '``for`` or\n    ``async for``). See :mod:`bynder_ext.pagination`."""'
    )
    pages_doc = (
        '    """Iterate the non-empty pages of a list operation (a :class:`Pager` of '
        ':class:`Page`).\n    See :mod:`bynder_ext.pagination`."""'
    )
    fetch_doc = (
        '    """The items as a list: every page from ``start_page`` on, or with '
        "``fetch_all=False`` the\n    one page ``start_page`` as the operation returns it. See "
        ':mod:`bynder_ext.pagination`."""'
    )
    signature = (
        "    operation: Any,\n    *,\n    client: BynderClient,\n    page_size: int | None = None,\n"
        "    start_page: int = 1,\n    max_items: int | None = None,\n    prefetch: int = 0,\n"
        "    stable_order: bool = False,\n"
    )
    call = (
        "        page_size=page_size,\n        start_page=start_page,\n        max_items=max_items,\n"
        "        prefetch=prefetch,\n        models=models,\n        stable_order=stable_order,\n"
        "        params=params,\n"
    )
    for function, kind in (("iter_items", "items"), ("iter_pages", "pages")):
        lines.append("")
        lines.append(_overloads(function, named, kind))
        lines.append(
            f"def {function}(\n{signature}    models: bool = True,\n    **params: Any,\n"
            f") -> Pager[Any]:\n{items_doc if kind == 'items' else pages_doc}\n"
            f"    return start(\n        PAGING,\n        operation,\n        client,\n"
            f"        pages={kind == 'pages'},\n{call}    )\n"
        )
    for function in ("fetch_all", "afetch_all"):
        is_async = function == "afetch_all"
        lines.append("")
        lines.append(_overloads(function, named, "list"))
        call_kind = "await pager.afetch" if is_async else "pager.fetch"
        lines.append(
            f"{'async def' if is_async else 'def'} {function}(\n{signature}"
            f"    fetch_all: bool = True,\n    models: bool = True,\n    **params: Any,\n"
            f") -> list[Any]:\n{fetch_doc}\n"
            f"    pager = start(\n        PAGING,\n        operation,\n        client,\n{call}    )\n"
            f"    return {call_kind}(every_page=fetch_all)\n"
        )
    return "\n".join(lines) + "\n"


def extensions_of(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> its x-bynder-paging, for every operation that has one."""
    found: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if isinstance(operation, dict) and EXTENSION in operation:
                if method != "get":
                    raise SpecError(f"{operation['operationId']}: {EXTENSION} on a {method}")
                found[operation["operationId"]] = operation[EXTENSION]
    return found


def render_for(data: GeneratorData, extensions: dict[str, dict[str, Any]]) -> str:
    """The module text for the given extensions, over what the generator made of the spec."""
    pending = dict(extensions)
    operations = []
    for tag, endpoint in _endpoints(data):
        extension = pending.pop(str(endpoint.name), None)
        if extension is not None:
            operations.append(_operation(tag, endpoint, extension))
    if pending:
        raise SpecError(f"{EXTENSION} on operations the generator left out: {sorted(pending)}")
    return render(operations)


def build(path: Path = SPEC) -> str:
    """The text of bynder_ext/pagination/table.py for the spec at ``path``; SpecError when it cannot be."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return render_for(generator_data(path), extensions_of(spec))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output", type=Path, default=ROOT / "bynder_ext" / "pagination" / "table.py"
    )
    args = parser.parse_args()
    try:
        text = build()
    except SpecError as exc:
        print(f"paging_table: {exc}", file=sys.stderr)
        return 1
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
