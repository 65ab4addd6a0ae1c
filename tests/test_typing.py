"""What users get from the type checker: the docs' examples and a user's script written as the
README teaches pass ``mypy --strict`` with no cast and no ignore, and a misspelt attribute on any
value the client returns is an error.

One mypy run checks every file (the documentation pages, each as one module of its Python blocks
in order, skipped blocks included; the user's script; and the same script with typos, whose
lines must each be reported).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests.test_docs import PAGES, ROOT, blocks

USER_SCRIPT = textwrap.dedent(
    """\
    import asyncio
    import os

    from bynder_client.api.assets import get_asset, list_assets
    from bynder_client.api.brands import list_brands
    from bynder_client.api.collections import list_collections
    from bynder_ext import ClientCredentials, connect
    from bynder_ext.pagination import afetch_all, fetch_all, iter_items, iter_pages
    from bynder_ext.raw import raw_request
    from bynder_ext.upload import upload_file

    client = connect(
        "acme.bynder.com",
        auth=ClientCredentials(os.environ["BYNDER_CLIENT_ID"], os.environ["BYNDER_CLIENT_SECRET"]),
    )
    brands = list_brands.sync(client=client)
    brand = brands[0]
    asset = get_asset.sync("an-asset-id", client=client)
    result = upload_file(client, "cover.jpg", brand_id=brand.id, name=asset.name or "Cover")
    for item in iter_items(list_assets, client=client, type_="image", max_items=5):
        print(item.id, item.name)
    for page in iter_pages(list_collections, client=client, page_size=10):
        print(page.number, page.total, [c.name for c in page.items])
    for raw in iter_items(list_assets, client=client, models=False):
        print(raw["id"])
    documents = fetch_all(list_assets, client=client, type_="document")
    first = documents[0].id
    reply = raw_request(client, "GET", "/api/v4/account/")
    print(result.media_id, reply.status_code, first)


    async def main() -> None:
        async for each in iter_items(list_collections, client=client):
            print(each.name)
        every = await afetch_all(list_collections, client=client)
        print(len(every), every[0].name)
        one = await get_asset.asyncio("an-asset-id", client=client)
        print(one.id)


    asyncio.run(main())
    """
)

#: Lines appended to the script, each with a typo that mypy must report.
TYPOS = [
    "print(brands[0].nmae)",
    "print(asset.nmae)",
    "print(brand.idd)",
    "print(result.media_idd)",
    "print(reply.status_cod)",
    "print(documents[0].nmae)",
    "print([i.nmae for i in iter_items(list_assets, client=client)])",
    "print([p.itemz for p in iter_pages(list_assets, client=client)])",
    "print([p.items[0].nmae for p in iter_pages(list_assets, client=client)])",
    "print(fetch_all(list_collections, client=client)[0].nmae)",
]


def _page_module(page: Path) -> str:
    """The Python blocks of a page, in order, as one module (each block's lines numbered as
    in the page, so that errors point at the page)."""
    lines: list[str] = []
    for block in blocks(page):
        if block.lang != "python" or block.is_pytest_module:
            continue
        lines.extend([""] * (block.line - 1 - len(lines)))
        lines.extend(block.code.splitlines())
    return "\n".join(lines) + "\n"


def _pytest_modules(page: Path) -> list[tuple[int, str]]:
    return [(b.line, b.code) for b in blocks(page) if b.lang == "python" and b.is_pytest_module]


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Run mypy once over every file; its error lines by file name."""
    folder = tmp_path_factory.mktemp("typing")
    files: list[Path] = []
    for page in PAGES:
        stem = page.stem.replace("-", "_").lower()
        if any(b.lang == "python" for b in blocks(page)):
            files.append(folder / f"docs_{stem}.py")
            files[-1].write_text(_page_module(page), encoding="utf-8")
        for line, code in _pytest_modules(page):
            files.append(folder / f"docs_{stem}_test_at_{line}.py")
            files[-1].write_text(code, encoding="utf-8")
    (folder / "user_script.py").write_text(USER_SCRIPT, encoding="utf-8")
    (folder / "user_typos.py").write_text(USER_SCRIPT + "\n".join(TYPOS) + "\n", encoding="utf-8")
    files += [folder / "user_script.py", folder / "user_typos.py"]
    stdout, stderr, status = mypy_api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--no-pretty",
            "--show-error-codes",
            *map(str, files),
        ]
    )
    assert not stderr, stderr
    assert status in (0, 1), stdout  # 2: mypy could not check the files at all
    errors: dict[str, list[str]] = {}
    for line in stdout.splitlines():
        match = re.match(r"(?P<file>[^:]+\.py):(?:(?P<line>\d+):)? error: (?P<text>.*)", line)
        if match:
            errors.setdefault(Path(match["file"]).name, []).append(
                f"{match['line']}: {match['text']}"
            )
    return errors


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_docs_examples_type_check(mypy_report: dict[str, list[str]], page: Path) -> None:
    stem = page.stem.replace("-", "_").lower()
    found = {name: errs for name, errs in mypy_report.items() if name.startswith(f"docs_{stem}")}
    assert found == {}


def test_a_users_script_type_checks_with_no_cast_and_no_ignore(
    mypy_report: dict[str, list[str]],
) -> None:
    assert "cast(" not in USER_SCRIPT
    assert "type: ignore" not in USER_SCRIPT
    assert mypy_report.get("user_script.py") is None


def test_a_typo_on_any_value_the_client_returns_is_reported(
    mypy_report: dict[str, list[str]],
) -> None:
    first = USER_SCRIPT.count("\n") + 1
    reported = {int(e.split(":")[0]) for e in mypy_report.get("user_typos.py", [])}
    missed = [typo for n, typo in enumerate(TYPOS, start=first) if n not in reported]
    assert missed == []
    assert reported == set(range(first, first + len(TYPOS)))
