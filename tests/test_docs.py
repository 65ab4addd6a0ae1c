"""The documentation cannot rot: every Python example in README.md and docs/*.md runs against the
fake Bynder, the README's coverage table matches the spec, every `bynder ...` command line shown
exists with the options it uses, and relative links point at files that exist.

How a page's examples run (described for authors in docs/testing-with-the-fake.md):

- the ```python blocks of a page run in order, in one namespace, against a fresh strict fake
  (seeded with 30 assets) served on 127.0.0.1;
- the string literal "acme.bynder.com" is replaced by the fake's address, and the environment
  holds BYNDER_TOKEN, BYNDER_CLIENT_ID and BYNDER_CLIENT_SECRET for it (and REDIS_URL, a
  throwaway redis-server, for a page that uses it);
- the working directory is an empty temporary folder holding cover.jpg, launch-film.mp4 (11 MiB)
  and shoot/ (three .jpg files);
- a block that defines `test_*` functions is a pytest module: it is run with pytest (the fake's
  plugin gives it its fixtures), and every test in it must pass;
- a block preceded by `<!-- docs-test: skip: REASON -->` is not run; the reason is required.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import typer

from bynder_ext import BynderClient, connect
from bynder_ext.cli.app import app
from bynder_ext.testing import FakeBynder

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PLACEHOLDER = '"acme.bynder.com"'
SKIP = re.compile(r"<!--\s*docs-test:\s*skip:\s*(?P<reason>[^>]*?)\s*-->")
FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<code>.*?)^```\s*$", re.MULTILINE | re.DOTALL)
DOCS_PAGES = {
    "architecture.md",
    "authentication.md",
    "cli.md",
    "contract-testing.md",
    "errors-and-retries.md",
    "many-workers.md",
    "pagination.md",
    "raw-requests.md",
    "regenerating.md",
    "testing-with-the-fake.md",
    "upload-and-download.md",
}


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    lang: str
    code: str
    skip: str | None

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def is_pytest_module(self) -> bool:
        return re.search(r"^(async )?def test_", self.code, re.MULTILINE) is not None


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        skip = SKIP.search(before)
        found.append(
            Block(
                page=page,
                line=text.count("\n", 0, match.start()) + 2,
                lang=match.group("lang"),
                code=match.group("code"),
                skip=skip.group("reason") if skip else None,
            )
        )
    return found


def python_blocks(page: Path) -> list[Block]:
    return [b for b in blocks(page) if b.lang == "python" and b.skip is None]


def _sample_files(folder: Path) -> None:
    (folder / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(40_000) + b"\xff\xd9")
    (folder / "launch-film.mp4").write_bytes(os.urandom(11 * 1024 * 1024))
    shoot = folder / "shoot"
    shoot.mkdir()
    for number in (1, 2, 3):
        (shoot / f"{number:02d}.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(5_000))


def _close(clients: list[BynderClient]) -> None:
    """Close the sync connections the examples opened (a script would leave that to its exit).
    Async connections belong to the example's event loop: the example closes them there."""
    for client in clients:
        client.session.close()
    clients.clear()


def _pages_with(kind: str) -> list[Path]:
    return [
        page
        for page in PAGES
        if any(b.is_pytest_module == (kind == "pytest") for b in python_blocks(page))
    ]


def test_the_docs_folder_holds_the_expected_pages() -> None:
    assert {p.name for p in (ROOT / "docs").glob("*.md")} == DOCS_PAGES


@pytest.mark.parametrize("page", _pages_with("script"), ids=lambda p: p.name)
def test_python_examples_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    if "REDIS_URL" in page.read_text(encoding="utf-8"):  # the shared budget's Redis examples
        monkeypatch.setenv("REDIS_URL", request.getfixturevalue("redis_server").url)
    fake = FakeBynder(validate_responses=True)
    fake.seed(n_assets=30)
    _sample_files(tmp_path)
    monkeypatch.chdir(tmp_path)
    made: list[BynderClient] = []

    def recording_connect(*args: Any, **kwargs: Any) -> BynderClient:
        client = connect(*args, **kwargs)
        made.append(client)
        return client

    monkeypatch.setattr("bynder_ext.connect", recording_connect)
    for name in ("bynder_ext", "httpx"):  # the logging example changes levels: restore them
        logger = logging.getLogger(name)
        monkeypatch.setattr(logger, "level", logger.level)
    with fake.serve() as server:
        monkeypatch.setenv("BYNDER_TOKEN", server.token)
        monkeypatch.setenv("BYNDER_CLIENT_ID", server.client_id)
        monkeypatch.setenv("BYNDER_CLIENT_SECRET", server.client_secret)
        namespace: dict[str, Any] = {"__name__": f"docs.{page.stem}"}
        try:
            for block in python_blocks(page):
                if block.is_pytest_module:
                    continue
                code = block.code.replace(PLACEHOLDER, repr(server.base_url))
                try:
                    exec(compile(code, block.where, "exec"), namespace)
                except Exception as exc:
                    pytest.fail(f"the example at {block.where} failed: {exc!r}")
        finally:
            _close(made)
    assert fake.errors == []
    assert fake.contract_violations == []


@pytest.mark.parametrize("page", _pages_with("pytest"), ids=lambda p: p.name)
def test_pytest_examples_pass(page: Path, tmp_path: Path) -> None:
    ran = 0
    for number, block in enumerate(b for b in python_blocks(page) if b.is_pytest_module):
        module = tmp_path / f"test_docs_example_{number}.py"
        module.write_text(block.code, encoding="utf-8")
        expected = len(re.findall(r"^(?:async )?def test_", block.code, re.MULTILINE))
        assert expected > 0, f"{block.where}: a pytest example without a test"
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, f"{block.where}:\n{done.stdout}\n{done.stderr}"
        assert f"{expected} passed" in done.stdout, f"{block.where}:\n{done.stdout}"
        ran += 1
    assert ran > 0


def test_skipped_blocks_say_why() -> None:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for marker in re.finditer(r"<!--\s*docs-test:[^>]*-->", text):
            found = SKIP.fullmatch(marker.group(0))
            assert found, f"{page.name}: bad marker {marker.group(0)}"
            assert found.group("reason"), f"{page.name}: a skip without a reason"
        for block in blocks(page):
            assert block.lang, f"{block.where}: a code block without a language"
            assert block.lang != "py", f"{block.where}: write ```python so that it runs"


def test_every_page_has_examples_that_run_or_is_prose() -> None:
    runnable = {p.name for p in PAGES if python_blocks(p)}
    assert {"README.md", "authentication.md", "pagination.md", "upload-and-download.md"} <= runnable
    assert {"raw-requests.md", "errors-and-retries.md", "testing-with-the-fake.md"} <= runnable
    assert "contract-testing.md" in runnable


@functools.cache
def _coverage_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "coverage_table", ROOT / "scripts" / "coverage_table.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = _coverage_script().load_spec()
    return spec


def test_readme_coverage_table_matches_the_spec() -> None:
    script = _coverage_script()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert script.replaced(readme, script.table(_spec())) == readme, (
        "README.md's coverage table is out of date: run .venv/bin/python scripts/coverage_table.py --write"
    )


def test_coverage_table_counts_every_operation() -> None:
    script = _coverage_script()
    spec = _spec()
    text = script.table(spec)
    operations = [
        op
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in script.METHODS
    ]
    assert f"| **total** | **{len(operations)}** |" in text
    for tag in spec["tags"]:
        count = sum(1 for op in operations if tag["name"] in op.get("tags", []))
        assert f"| `{tag['name']}` | {count} |" in text


# Command lines shown in the docs -----------------------------------------------------------------


def _command_tree() -> Any:
    return typer.main.get_command(app)


def _options(command: Any) -> set[str]:
    names: set[str] = set()
    for param in command.params:
        names.update(getattr(param, "opts", []))
        names.update(getattr(param, "secondary_opts", []))
    return names | {"--help", "-h"}


def _takes_value(command: Any, option: str) -> bool:
    for param in command.params:
        if option in getattr(param, "opts", []):
            return not getattr(param, "is_flag", False)
    return False


def shown_command_lines() -> list[tuple[str, str]]:
    """(where, line) for each `bynder ...` line of the shell blocks."""
    lines = []
    for page in PAGES:
        for block in blocks(page):
            if block.lang not in ("bash", "console", "sh", "shell"):
                continue
            for offset, raw in enumerate(block.code.splitlines()):
                line = raw.split(" #", 1)[0].strip().removeprefix("$ ")
                if line.startswith("bynder "):
                    lines.append((f"{block.page.name}:{block.line + offset}", line))
    return lines


def test_docs_show_command_lines() -> None:
    assert len(shown_command_lines()) >= 20


@pytest.mark.parametrize(("where", "line"), shown_command_lines())
def test_command_lines_in_the_docs_exist(where: str, line: str) -> None:
    lexer = shlex.shlex(line, posix=True, punctuation_chars="|;&<>")
    lexer.whitespace_split = True
    words = []
    for word in list(lexer)[1:]:
        if set(word) <= set("|;&<>"):
            break  # a pipe or a redirection: the rest is another program's
        words.append(word)
    command = _command_tree()
    chain = [command]
    index = 0
    while index < len(words):
        word = words[index]
        current = chain[-1]
        if word.startswith("-"):
            option = word.split("=", 1)[0]
            assert option in _options(current), f"{where}: {option} is not an option of {line!r}"
            if "=" not in word and _takes_value(current, option):
                index += 1
        elif hasattr(current, "commands"):
            assert word in current.commands, f"{where}: no command {word!r} in {line!r}"
            chain.append(current.commands[word])
        index += 1
    assert not hasattr(chain[-1], "commands") or "--help" in words, f"{where}: incomplete {line!r}"


def test_relative_links_point_at_files() -> None:
    checked = 0
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (page.parent / target).exists(), f"{page.name}: broken link {target}"
            checked += 1
    assert checked > 0


def test_the_sample_operation_of_regenerating_md_can_be_pasted() -> None:
    """The sample in regenerating.md is an operation the spec does not have yet (same path and
    method, or same operationId, would break the lint), and pasted under `paths:` it makes a
    valid spec whose references all resolve."""
    import copy

    import yaml
    from openapi_spec_validator import validate

    (sample,) = [b for b in blocks(ROOT / "docs" / "regenerating.md") if b.lang == "yaml"]
    new_paths = yaml.safe_load(sample.code)
    spec = copy.deepcopy(_spec())
    ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    for path, item in new_paths.items():
        methods = {m for m in item if m != "parameters"}
        assert not methods & set(spec["paths"].get(path, {})), f"{path} is already in the spec"
        for method in methods:
            assert item[method]["operationId"] not in ids, "the operationId is already taken"
        spec["paths"].setdefault(path, {}).update(item)
    validate(spec)
