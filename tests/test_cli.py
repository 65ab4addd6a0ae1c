"""The `bynder` command line against the fake Bynder over a real socket (the `fake_bynder`
fixture): every command, `--json` outputs checked against the fake's state, the login flow with a
scripted browser, the saved login, exit codes, and a smoke test of the installed script."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from typer.testing import CliRunner, Result

from bynder_ext.auth import Token
from bynder_ext.cli import ExitCode, main
from bynder_ext.cli.app import app
from bynder_ext.cli.callback import CallbackListener
from bynder_ext.cli.errors import CLIError
from bynder_ext.cli.settings import Credentials, LoginFile, StoredLogin, resolve
from bynder_ext.testing import FakeBynder, FakeServer

Invoke = Callable[..., Result]

COMMANDS = [
    [],
    ["login"],
    ["logout"],
    ["whoami"],
    ["brands"],
    ["raw"],
    ["upload"],
    ["download"],
    ["assets"],
    ["assets", "list"],
    ["assets", "get"],
    ["assets", "update"],
    ["assets", "delete"],
    ["collections"],
    ["collections", "list"],
    ["collections", "get"],
    ["collections", "create"],
    ["collections", "update"],
    ["collections", "delete"],
    ["collections", "share"],
    ["collections", "assets"],
    ["collections", "add"],
    ["collections", "remove"],
    ["contract"],
    ["contract", "probe"],
    ["contract", "check"],
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No BYNDER_* variable of the caller leaks in; the config folder is a temporary one."""
    for name in list(os.environ):
        if name.startswith("BYNDER_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def server(fake_bynder: FakeServer) -> FakeServer:
    return fake_bynder


@pytest.fixture
def fake(fake_bynder: FakeServer) -> FakeBynder:
    return fake_bynder.fake


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    return tmp_path / "login" / "login.json"


@pytest.fixture
def cli(server: FakeServer, token_file: Path) -> Invoke:
    """Run `bynder ARGS...` in-process with client credentials for the fake (override with
    keyword arguments: None removes a variable)."""

    def invoke(*args: str, input: str | None = None, **env: str | None) -> Result:
        base: dict[str, str | None] = {
            "BYNDER_DOMAIN": server.base_url,
            "BYNDER_CLIENT_ID": server.client_id,
            "BYNDER_CLIENT_SECRET": server.client_secret,
            "BYNDER_TOKEN_FILE": str(token_file),
        }
        base.update(env)
        return CliRunner().invoke(app, list(args), env=base, input=input, catch_exceptions=False)

    return invoke


def ok(result: Result) -> Any:
    """The JSON printed by a successful command."""
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def failed(result: Result, code: ExitCode) -> str:
    """The one error line of a failed command."""
    assert result.exit_code == code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines, result.output
    assert lines[-1].startswith("error: ")
    assert "Traceback" not in result.output
    return lines[-1]


# Help, version, packaging ------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "bynder")
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    if command and command[-1] not in ("assets", "collections", "contract"):
        assert "--json" in result.stdout


def test_root_help_lists_the_commands_and_exit_codes() -> None:
    text = CliRunner().invoke(app, ["--help"], terminal_width=200).stdout
    names = ("login", "logout", "whoami", "assets", "collections", "upload", "download", "raw")
    for name in (*names, "contract"):
        assert f" {name} " in text
    assert "3 authentication error" in text
    assert "BYNDER_DOMAIN" in text


def test_version() -> None:
    from bynder_ext import __version__

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"bynder-client {__version__}"


def test_version_alone_loads_neither_the_commands_nor_the_http_stack() -> None:
    code = (
        "import sys; from bynder_ext.cli import main; code = main(['--version']); "
        "loaded = {'typer', 'httpx', 'bynder_ext.cli.app', 'bynder_client'} & set(sys.modules); "
        "print(code, sorted(loaded))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    from bynder_ext import __version__

    assert done.stdout.splitlines() == [f"bynder-client {__version__}", "0 []"]


def test_import_bynder_ext_does_not_load_the_cli_dependencies() -> None:
    # rich is left out of the check: httpx imports it (for its own command line) when installed.
    code = (
        "import sys, bynder_ext, bynder_ext.cli; "
        "loaded = {'typer', 'bynder_ext.cli.app', 'bynder_ext.demo'} & set(sys.modules); "
        "print(sorted(loaded))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_main_without_typer_and_rich_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "typer", None)
    assert main(["whoami"]) == ExitCode.USAGE
    assert "install bynder-client[cli]" in capsys.readouterr().err


def test_main_returns_the_exit_code(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BYNDER_DOMAIN", server.base_url)
    monkeypatch.setenv("BYNDER_TOKEN", server.token)
    assert main(["assets", "get", "no-such-asset"]) == ExitCode.NOT_FOUND
    assert main(["whoami", "--json"]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["auth"] == "permanent token"
    assert main(["assets", "list", "--limit", "0"]) == ExitCode.USAGE


# Credentials and exit codes ----------------------------------------------------------------------


def test_whoami_with_client_credentials(cli: Invoke, fake: FakeBynder, server: FakeServer) -> None:
    data = ok(cli("whoami", "--json"))
    assert data["auth"] == "client credentials"
    assert data["domain"] == server.base_url
    assert data["user"]["id"] == fake.current_user_id
    human = cli("whoami")
    assert human.exit_code == 0
    assert "Ada Admin" in human.stdout
    assert server.client_secret not in human.output


def test_json_may_come_before_the_command(cli: Invoke, fake: FakeBynder) -> None:
    assert ok(cli("--json", "whoami"))["user"]["id"] == fake.current_user_id


def test_a_permanent_token_wins_over_client_credentials(cli: Invoke, server: FakeServer) -> None:
    assert ok(cli("whoami", "--json", BYNDER_TOKEN=server.token))["auth"] == "permanent token"
    forced = cli("--auth", "client-credentials", "whoami", "--json", BYNDER_TOKEN=server.token)
    assert ok(forced)["auth"] == "client credentials"


def test_options_win_over_environment_variables(cli: Invoke, server: FakeServer) -> None:
    result = cli(
        "--domain", server.base_url, "whoami", "--json", BYNDER_DOMAIN="http://127.0.0.1:9"
    )
    assert ok(result)["domain"] == server.base_url


def test_bad_credentials_exit_3_without_leaking_the_secret(cli: Invoke) -> None:
    result = cli("whoami", BYNDER_CLIENT_SECRET="not-the-right-secret")
    line = failed(result, ExitCode.AUTH)
    assert "401" in line
    assert "bynder login" in line
    assert "not-the-right-secret" not in result.output


def test_a_revoked_permanent_token_exits_3(
    cli: Invoke, server: FakeServer, fake: FakeBynder
) -> None:
    fake.expire_token(server.token)
    line = failed(cli("whoami", BYNDER_TOKEN=server.token), ExitCode.AUTH)
    assert "401" in line
    assert "bynder login" in line


def test_no_credentials_exit_3(cli: Invoke) -> None:
    line = failed(cli("whoami", BYNDER_CLIENT_ID=None, BYNDER_CLIENT_SECRET=None), ExitCode.AUTH)
    assert "bynder login" in line


def test_no_domain_and_a_bad_domain_exit_2(cli: Invoke) -> None:
    assert "--domain" in failed(cli("whoami", BYNDER_DOMAIN=None), ExitCode.USAGE)
    line = failed(cli("--domain", "http://example.com", "whoami"), ExitCode.USAGE)
    assert "plain http" in line


def test_bad_arguments_exit_2(cli: Invoke) -> None:
    assert cli("assets", "list", "--limit", "0").exit_code == ExitCode.USAGE
    assert cli("no-such-command").exit_code == ExitCode.USAGE
    assert cli("--auth", "magic", "whoami").exit_code == ExitCode.USAGE
    assert cli("collections", "share", "X", "--permission", "own").exit_code == ExitCode.USAGE
    assert "nothing to change" in failed(cli("assets", "update", "X"), ExitCode.USAGE)
    assert "--form takes KEY=VALUE" in failed(
        cli("raw", "POST", "/api/v4/collections/", "--form", "oops"), ExitCode.USAGE
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["assets", "list", "--bogus"],
        ["assets", "list", "--limit", "abc"],
        ["assets", "list", "--limit", "0"],
        ["no-such-command"],
        ["assets", "get"],
        ["--auth", "magic", "whoami"],
    ],
    ids=lambda a: " ".join(a),
)
def test_usage_errors_are_one_error_line(
    cli: Invoke, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad option or value prints the one `error:` line every failure prints, exit code 2,
    both in-process and through the console script's entry point."""
    result = cli(*args)
    line = failed(result, ExitCode.USAGE)
    assert [x for x in result.stderr.splitlines() if x.strip()] == [line]
    assert "--help" in line
    assert result.stdout == ""
    assert main(args) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert [x for x in err.splitlines() if x.strip()] == [line]


def test_no_arguments_still_shows_the_help(cli: Invoke) -> None:
    result = cli()
    assert "Usage: bynder" in result.output
    assert "error:" not in result.output


@pytest.mark.parametrize("value", ["banana", "image,banana", "Image", "image,,video"])
def test_an_unknown_asset_type_is_refused_before_any_request(
    cli: Invoke, fake: FakeBynder, value: str
) -> None:
    line = failed(cli("assets", "list", "--type", value), ExitCode.USAGE)
    assert "--type" in line
    assert "image, document, audio, video, 3d" in line
    assert fake.requests_for("list_assets") == []


def test_known_asset_types_are_passed_on(cli: Invoke, fake: FakeBynder) -> None:
    ok(cli("assets", "list", "--type", "image,video", "--json"))
    assert fake.requests_for("list_assets")[-1].query_dict()["type"] == "image,video"


@pytest.mark.parametrize("method", ["FOO", "GETS", "CONNECT", "G ET", ""])
def test_raw_refuses_a_method_that_is_not_an_http_method(
    cli: Invoke, fake: FakeBynder, method: str
) -> None:
    line = failed(cli("raw", method, "/api/v4/account/"), ExitCode.USAGE)
    assert "method" in line
    assert list(fake.requests) == []


def test_not_found_exits_4(cli: Invoke) -> None:
    line = failed(cli("assets", "get", "no-such-asset"), ExitCode.NOT_FOUND)
    assert "404" in line
    failed(cli("collections", "get", "no-such-collection"), ExitCode.NOT_FOUND)


def test_a_server_error_exits_1(cli: Invoke, fake: FakeBynder) -> None:
    fake.faults.server_errors(1.0, status=500, only="create_collection")
    assert "500" in failed(cli("collections", "create", "Doomed", "--json"), ExitCode.ERROR)


def test_debug_shows_requests_and_the_traceback(cli: Invoke) -> None:
    result = cli("--debug", "assets", "get", "no-such-asset")
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "Traceback" in result.stderr
    assert "debug: bynder_ext: GET /api/v4/media/no-such-asset/" in result.stderr


def test_interrupted_exits_130(cli: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(**kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("bynder_ext.cli.app.list_brands.sync_detailed", interrupt)
    assert failed(cli("brands"), ExitCode.INTERRUPTED) == "error: interrupted"


def test_an_unexpected_error_is_one_line_that_points_to_debug(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**kwargs: Any) -> Any:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("bynder_ext.cli.app.list_brands.sync_detailed", broken)
    line = failed(cli("brands"), ExitCode.ERROR)
    assert "ZeroDivisionError" in line
    assert "--debug" in line


# Settings (no network) ---------------------------------------------------------------------------


def _login(origin: str, expires_at: float | None = None) -> StoredLogin:
    return StoredLogin(
        origin=origin,
        client_id="app",
        scopes="asset:read offline",
        redirect_uri="http://127.0.0.1:8910/callback",
        token=Token("access-token-value", expires_at=expires_at, refresh_token="refresh-value"),
    )


def test_resolve_order(tmp_path: Path) -> None:
    path = tmp_path / "login.json"
    LoginFile(path).write(_login("https://acme.bynder.com"))
    both = Credentials(
        domain="acme.bynder.com",
        token="permanent",
        client_id="id",
        client_secret="s",
        token_file=path,
    )
    assert resolve(both).mode == "permanent token"
    no_token = Credentials(
        domain="acme.bynder.com", client_id="id", client_secret="s", token_file=path
    )
    assert resolve(no_token).mode == "login"
    other = Credentials(
        domain="other.bynder.com", client_id="id", client_secret="s", token_file=path
    )
    assert resolve(other).mode == "client credentials"
    from_login = resolve(Credentials(token_file=path))
    assert (from_login.domain, from_login.mode) == ("https://acme.bynder.com", "login")
    with pytest.raises(Exception, match=r"saved login is for https://acme\.bynder\.com"):
        resolve(Credentials(domain="other.bynder.com", token_file=path, auth="login"))


def test_a_saved_login_for_another_portal_is_named(tmp_path: Path) -> None:
    """No credentials for this portal, but a login saved for another one: say so, rather than
    "no credentials"."""
    path = tmp_path / "login.json"
    LoginFile(path).write(_login("https://acme.bynder.com"))
    with pytest.raises(CLIError) as caught:
        resolve(Credentials(domain="other.bynder.com", token_file=path))
    message = str(caught.value)
    assert "https://acme.bynder.com" in message
    assert "https://other.bynder.com" in message
    assert "bynder --domain other.bynder.com login" in message
    assert caught.value.code == ExitCode.AUTH


def test_an_expired_login_without_the_secret_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "login.json"
    LoginFile(path).write(_login("https://acme.bynder.com", expires_at=1000.0))
    with pytest.raises(Exception, match="expired") as caught:
        resolve(Credentials(token_file=path), now=2000.0)
    assert getattr(caught.value, "code", None) == ExitCode.AUTH
    with_secret = resolve(Credentials(token_file=path, client_secret="s"), now=2000.0)
    assert type(with_secret.auth).__name__ == "AuthorizationCode"


def test_a_broken_login_file_is_a_usage_error(cli: Invoke, token_file: Path) -> None:
    token_file.parent.mkdir(parents=True)
    token_file.write_text("{not json")
    assert "not a saved login" in failed(cli("whoami"), ExitCode.USAGE)


def test_a_permanent_token_with_a_domain_does_not_read_the_saved_login(tmp_path: Path) -> None:
    path = tmp_path / "login.json"
    path.write_text("{not json")
    given = Credentials(domain="acme.bynder.com", token="permanent", token_file=path)
    assert resolve(given).mode == "permanent token"
    with pytest.raises(Exception, match="not a saved login"):
        resolve(Credentials(token="permanent", token_file=path))  # no domain: the login is read


# Login, the saved login, logout ------------------------------------------------------------------


class Browser:
    """Stands in for `webbrowser.open`: follows the authorization URL in a thread (the fake
    approves and redirects to the CLI's listener), or sends a forged redirect."""

    def __init__(self, forge: str | None = None, *, then_real: bool = False) -> None:
        self.forge = forge
        self.then_real = then_real
        self.urls: list[str] = []
        self.responses: list[httpx.Response] = []
        self.threads: list[threading.Thread] = []

    def open(self, url: str, *args: Any, **kwargs: Any) -> bool:
        self.urls.append(url)
        targets = [url]
        if self.forge is not None:
            query = parse_qs(urlsplit(url).query)
            forged = self.forge.format(state=query["state"][0])
            targets = [f"{query['redirect_uri'][0]}?{forged}", *([url] if self.then_real else [])]

        def follow() -> None:
            for target in targets:
                self.responses.append(httpx.get(target, follow_redirects=True))

        thread = threading.Thread(target=follow)
        thread.start()
        self.threads.append(thread)
        return True

    def join(self) -> None:
        for thread in self.threads:
            thread.join(timeout=10)


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    fake_browser = Browser()
    monkeypatch.setattr("webbrowser.open", fake_browser.open)
    yield fake_browser
    fake_browser.join()


def test_login_with_a_browser_saves_a_private_token_file(
    cli: Invoke, browser: Browser, token_file: Path, server: FakeServer, fake: FakeBynder
) -> None:
    data = ok(cli("login", "--json"))
    browser.join()
    assert browser.responses[0].status_code == 200
    assert "Logged in" in browser.responses[0].text
    query = parse_qs(urlsplit(browser.urls[0]).query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["redirect_uri"][0].startswith("http://127.0.0.1:")
    assert data["domain"] == server.base_url
    assert data["user"]["id"] == fake.current_user_id
    assert data["token_file"] == str(token_file)

    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    saved = json.loads(token_file.read_text())
    assert saved["domain"] == server.base_url
    assert saved["client_id"] == server.client_id
    assert saved["token"]["refresh_token"]
    assert server.client_secret not in token_file.read_text()

    # The saved login works without any other credential, the secret included.
    whoami = ok(
        cli(
            "whoami", "--json", BYNDER_DOMAIN=None, BYNDER_CLIENT_ID=None, BYNDER_CLIENT_SECRET=None
        )
    )
    assert whoami["auth"] == "login"
    assert whoami["user"]["id"] == fake.current_user_id

    logout = ok(cli("logout", "--json"))
    assert logout == {"token_file": str(token_file), "removed": True}
    assert not token_file.exists()
    assert ok(cli("logout", "--json"))["removed"] is False
    failed(cli("--auth", "login", "whoami"), ExitCode.AUTH)


@pytest.mark.parametrize("as_json", [False, True])
def test_login_prints_no_secret(
    cli: Invoke, browser: Browser, server: FakeServer, token_file: Path, as_json: bool
) -> None:
    result = cli("login", *(["--json"] if as_json else []))
    assert result.exit_code == 0, result.output
    token = json.loads(token_file.read_text())["token"]
    for secret in (server.client_secret, token["access_token"], token["refresh_token"]):
        assert secret not in result.output
    if not as_json:
        assert f"Logged in to {server.base_url} as Ada Admin" in result.stdout


def test_the_saved_login_is_refreshed_and_rewritten(
    cli: Invoke, browser: Browser, token_file: Path, fake: FakeBynder
) -> None:
    ok(cli("login", "--json"))
    before = json.loads(token_file.read_text())["token"]
    fake.expire_tokens()
    assert ok(cli("whoami", "--json", BYNDER_CLIENT_ID=None))["auth"] == "login"
    after = json.loads(token_file.read_text())["token"]
    assert after["access_token"] != before["access_token"]
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600


def test_login_goes_to_the_config_folder_by_default(
    cli: Invoke, browser: Browser, tmp_path: Path
) -> None:
    data = ok(cli("login", "--json", BYNDER_TOKEN_FILE=None))
    path = tmp_path / "config" / "bynder" / "login.json"
    assert data["token_file"] == str(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_login_ignores_a_forged_state(cli: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    forged = Browser(forge="code=stolen-code&state=forged-state")
    monkeypatch.setattr("webbrowser.open", forged.open)
    line = failed(cli("login", "--wait", "1"), ExitCode.AUTH)
    forged.join()
    assert forged.responses[0].status_code == 400
    assert "no login redirect" in line
    assert "1 redirect with another state was ignored" in line


def test_login_reports_a_denied_authorization(cli: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    denied = Browser(forge="error=access_denied&error_description=The+user+said+no&state={state}")
    monkeypatch.setattr("webbrowser.open", denied.open)
    line = failed(cli("login"), ExitCode.AUTH)
    denied.join()
    assert "access_denied" in line
    assert denied.responses[0].status_code == 400


def test_login_gives_up_after_the_wait(cli: Invoke) -> None:
    line = failed(cli("login", "--no-browser", "--wait", "1"), ExitCode.AUTH)
    assert "no login redirect" in line


# The redirect listener on its own ----------------------------------------------------------------


def _waiting(listener: CallbackListener, seconds: float, state: str | None = None) -> Any:
    """Run `listener.wait` in a thread; the returned object has `.thread`, `.result`, `.error`."""

    class Outcome:
        result: str | None = None
        error: BaseException | None = None

    outcome = Outcome()

    def run() -> None:
        try:
            outcome.result = listener.wait(seconds, state=state)
        except BaseException as exc:
            outcome.error = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    outcome.thread = thread  # type: ignore[attr-defined]
    return outcome


def test_an_idle_connection_does_not_block_the_redirect() -> None:
    with CallbackListener() as listener, socket.create_connection(("127.0.0.1", listener.port)):
        waiting = _waiting(listener, 20, state="s1")
        reply = httpx.get(f"{listener.redirect_uri}?code=c1&state=s1", timeout=5)
        waiting.thread.join(timeout=5)
        assert not waiting.thread.is_alive()
    assert reply.status_code == 200
    assert waiting.result == f"{listener.redirect_uri}?code=c1&state=s1"


def test_the_wait_is_a_deadline_even_with_an_idle_connection() -> None:
    with (
        CallbackListener() as listener,
        socket.create_connection(("127.0.0.1", listener.port)) as idle,
    ):
        idle.sendall(b"GET /callback?code=half")  # a request line that never ends
        started = time.monotonic()
        waiting = _waiting(listener, 1, state="s1")
        waiting.thread.join(timeout=6)
        assert not waiting.thread.is_alive()
        assert time.monotonic() - started < 5
    assert isinstance(waiting.error, CLIError)
    assert "no login redirect" in str(waiting.error)


def test_an_idle_connection_is_closed_after_its_own_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(CallbackListener, "CONNECTION_TIMEOUT", 0.2)
    with (
        CallbackListener() as listener,
        socket.create_connection(("127.0.0.1", listener.port)) as idle,
    ):
        waiting = _waiting(listener, 20, state="s1")
        idle.settimeout(5)
        assert idle.recv(1) == b""  # the listener hung up
        assert waiting.thread.is_alive()  # and is still waiting for the redirect


def test_a_redirect_with_another_state_is_ignored() -> None:
    """A forged redirect (another state) that arrives first gets 400 and does not end the wait:
    the real one is still taken."""
    with CallbackListener() as listener:
        waiting = _waiting(listener, 20, state="real-state")
        forged = httpx.get(f"{listener.redirect_uri}?code=stolen&state=forged", timeout=5)
        no_state = httpx.get(f"{listener.redirect_uri}?error=access_denied", timeout=5)
        real = httpx.get(f"{listener.redirect_uri}?code=mine&state=real-state", timeout=5)
        waiting.thread.join(timeout=5)
    assert (forged.status_code, no_state.status_code, real.status_code) == (400, 400, 200)
    assert waiting.result == f"{listener.redirect_uri}?code=mine&state=real-state"


def test_login_takes_the_real_redirect_after_a_forged_one(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch, fake: FakeBynder, token_file: Path
) -> None:
    forger = Browser(forge="code=stolen-code&state=forged-state", then_real=True)
    monkeypatch.setattr("webbrowser.open", forger.open)
    data = ok(cli("login", "--json"))
    forger.join()
    assert forger.responses[0].status_code == 400
    assert data["user"]["id"] == fake.current_user_id
    assert token_file.exists()


def test_login_needs_the_app_credentials(cli: Invoke) -> None:
    assert "--client-secret" in failed(cli("login", BYNDER_CLIENT_SECRET=None), ExitCode.USAGE)


def _script_env(server: FakeServer, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BYNDER_")}
    env.update(
        BYNDER_DOMAIN=server.base_url,
        BYNDER_CLIENT_ID=server.client_id,
        BYNDER_CLIENT_SECRET=server.client_secret,
        XDG_CONFIG_HOME=str(tmp_path / "script-config"),
    )
    return env


def test_the_installed_script_logs_in_without_a_browser(server: FakeServer, tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("bynder")
    assert script.exists(), "the bynder console script is not installed (pip install -e .)"
    env = _script_env(server, tmp_path)
    process = subprocess.Popen(
        [str(script), "login", "--no-browser", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    url = ""
    for line in process.stderr:
        if line.startswith("http"):
            url = line.strip()
            break
    assert url.startswith(server.base_url + "/v6/authentication/oauth2/auth?")
    landing = httpx.get(url, follow_redirects=True)
    assert landing.status_code == 200
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    saved = Path(json.loads(stdout)["token_file"])
    assert saved == tmp_path / "script-config" / "bynder" / "login.json"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600

    del env["BYNDER_CLIENT_SECRET"]
    whoami = subprocess.run(
        [str(script), "whoami", "--json"], env=env, capture_output=True, text=True, timeout=30
    )
    assert whoami.returncode == 0, whoami.stderr
    assert json.loads(whoami.stdout)["auth"] == "login"
    missing = subprocess.run(
        [str(script), "assets", "get", "nope"], env=env, capture_output=True, text=True, timeout=30
    )
    assert missing.returncode == ExitCode.NOT_FOUND
    assert missing.stderr.startswith("error: 404 Not Found")
    assert "Traceback" not in missing.stderr


# Brands and assets -------------------------------------------------------------------------------


@pytest.mark.fake_bynder(seed=12)
def test_brands(cli: Invoke, fake: FakeBynder) -> None:
    data = ok(cli("brands", "--json"))
    assert {b["id"] for b in data} == set(fake.brands)
    human = cli("brands")
    assert "Fake Brand" in human.stdout
    assert "Fake Sub-brand" in human.stdout


@pytest.mark.fake_bynder(seed=12)
def test_assets_list_pages_and_filters(cli: Invoke, fake: FakeBynder) -> None:
    first = ok(cli("assets", "list", "--limit", "5", "--json"))
    assert len(first) == 5
    assert {a["id"] for a in first} <= set(fake.assets)
    everything = ok(cli("assets", "list", "--all", "--page-size", "4", "--json"))
    assert {a["id"] for a in everything} == set(fake.assets)
    pages = [r for r in fake.requests_for("list_assets") if r.query_dict().get("limit") == "4"]
    assert len(pages) == -(-len(fake.assets) // 4)
    images = ok(cli("assets", "list", "--all", "--type", "image", "--json"))
    expected = {a.id for a in fake.assets.values() if a.type == "image"}
    assert {a["id"] for a in images} == expected
    human = cli("assets", "list", "--limit", "3")
    assert human.exit_code == 0
    assert f"3 of {len(fake.assets)} assets" in human.stderr


def test_assets_get(cli: Invoke, fake: FakeBynder) -> None:
    asset = fake.add_asset(b"hello", filename="hello.txt", name="Hello")
    data = ok(cli("assets", "get", asset.id, "--json"))
    assert data["id"] == asset.id
    assert data["name"] == "Hello"
    assert data["mediaItems"][0]["fileName"] == "hello.txt"
    human = cli("assets", "get", asset.id)
    assert "hello.txt" in human.stdout
    assert asset.id in human.stdout


@pytest.mark.fake_bynder(seed=3)
def test_assets_update(cli: Invoke, fake: FakeBynder) -> None:
    asset = fake.add_asset(b"x", filename="x.txt")
    colour = next(m for m in fake.metaproperties.values() if m.name == "Colour")
    options = [o.id for o in colour.options[:2]]
    data = ok(
        cli(
            "assets",
            "update",
            asset.id,
            "--name",
            "Renamed",
            "--description",
            "Now described",
            "--tag",
            "one,two",
            "--tag",
            "three",
            "--meta",
            f"{colour.id}={','.join(options)}",
            "--json",
        )
    )
    assert data["name"] == "Renamed"
    assert fake.assets[asset.id].name == "Renamed"
    assert fake.assets[asset.id].description == "Now described"
    assert fake.assets[asset.id].tags == ["one", "two", "three"]
    assert sorted(fake.assets[asset.id].options[colour.id]) == sorted(options)
    assert "Updated asset" in cli("assets", "update", asset.id, "--archive").stdout
    assert fake.assets[asset.id].archive is True


def test_assets_delete(cli: Invoke, fake: FakeBynder) -> None:
    asset = fake.add_asset(b"x", filename="x.txt")
    declined = cli("assets", "delete", asset.id, input="n\n")
    assert declined.exit_code == 1
    assert asset.id in fake.assets
    assert ok(cli("assets", "delete", asset.id, "--yes", "--json")) == {
        "id": asset.id,
        "deleted": True,
    }
    assert asset.id not in fake.assets
    confirmed = fake.add_asset(b"y", filename="y.txt")
    assert cli("assets", "delete", confirmed.id, input="y\n").exit_code == 0
    assert confirmed.id not in fake.assets


# Collections -------------------------------------------------------------------------------------


def test_collections_lifecycle(cli: Invoke, fake: FakeBynder) -> None:
    created = ok(
        cli("collections", "create", "Spring launch", "--description", "For spring", "--json")
    )
    cid = created["id"]
    assert fake.collections[cid].name == "Spring launch"
    assert created["description"] == "For spring"
    assert "Created collection Other: " in cli("collections", "create", "Other").stdout

    listed = ok(cli("collections", "list", "--keyword", "spring", "--json"))
    assert [c["id"] for c in listed] == [cid]
    assert ok(cli("collections", "get", cid, "--json"))["name"] == "Spring launch"

    updated = ok(cli("collections", "update", cid, "--name", "Summer launch", "--public", "--json"))
    assert updated["name"] == "Summer launch"
    assert fake.collections[cid].is_public is True

    one = fake.add_asset(b"1", filename="one.txt")
    two = fake.add_asset(b"2", filename="two.txt")
    assert ok(cli("collections", "add", cid, one.id, two.id, "--json"))["added"] == [one.id, two.id]
    assert fake.collections[cid].media == [one.id, two.id]
    assert ok(cli("collections", "assets", cid, "--json")) == [one.id, two.id]
    ok(cli("collections", "remove", cid, one.id, "--json"))
    assert fake.collections[cid].media == [two.id]

    shared = ok(
        cli(
            "collections",
            "share",
            cid,
            "-r",
            "ada@example.com,grace@example.com",
            "--permission",
            "edit",
            "--message",
            "Have a look",
            "--json",
        )
    )
    assert shared["recipients"] == ["ada@example.com", "grace@example.com"]
    share = fake.collections[cid].shares[-1]
    assert share["collectionOptions"] == "edit"
    assert share["recipients"] == ["ada@example.com", "grace@example.com"]
    assert share["message"] == "Have a look"
    assert "give at least one" in failed(cli("collections", "share", cid), ExitCode.USAGE)

    assert cli("collections", "delete", cid, input="n\n").exit_code == 1
    assert ok(cli("collections", "delete", cid, "--yes", "--json"))["deleted"] is True
    assert cid not in fake.collections
    assert two.id in fake.assets


@pytest.mark.fake_bynder(seed=8)
def test_collections_list_human(cli: Invoke, fake: FakeBynder) -> None:
    result = cli("collections", "list", "--limit", "2")
    assert result.exit_code == 0
    assert f"2 of {len(fake.collections)} collections" in result.stderr


# Upload and download -----------------------------------------------------------------------------


def _tree(root: Path) -> dict[str, bytes]:
    files = {
        "cover.jpg": b"\xff\xd8" + os.urandom(3000),
        "docs/brief.pdf": b"%PDF-1.4 brief",
        "docs/deep/notes.txt": b"notes",
        ".hidden/secret.txt": b"not uploaded",
        "docs/.DS_Store": b"not uploaded",
    }
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return {k: v for k, v in files.items() if "/." not in f"/{k}"}


def test_upload_a_folder_into_a_collection(cli: Invoke, fake: FakeBynder, tmp_path: Path) -> None:
    expected = _tree(tmp_path / "shoot")
    collection = fake.add_collection("Shoot")
    report = ok(
        cli(
            "upload",
            str(tmp_path / "shoot"),
            "--collection",
            collection.id,
            "--tag",
            "shoot",
            "--json",
        )
    )
    assert report["uploaded"] == 3
    assert report["failed"] == 0
    assert report["collection"] == {"id": collection.id, "added": True, "error": None}
    by_name = {
        Path(f["path"]).relative_to(tmp_path / "shoot").as_posix(): f for f in report["files"]
    }
    assert set(by_name) == set(expected)
    for name, content in expected.items():
        entry = by_name[name]
        asset = fake.assets[entry["media_id"]]
        assert asset.items[0].blob.read_all() == content
        assert asset.tags == ["shoot"]
        assert asset.brand_id == fake.default_brand_id
    assert sorted(fake.collections[collection.id].media) == sorted(
        f["media_id"] for f in report["files"]
    )


def test_upload_in_several_parts_with_a_summary(
    cli: Invoke, fake: FakeBynder, tmp_path: Path
) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(6 * 1024 * 1024 + 5))
    result = cli("upload", str(big), "--chunk-size", "5", "--concurrency", "1")
    assert result.exit_code == 0, result.output
    assert "uploaded" in result.stdout
    assert str(big) in result.stdout
    assert len(fake.requests_for("register_uploaded_chunk")) == 2


def test_upload_with_several_brands_needs_brand(
    cli: Invoke, fake: FakeBynder, tmp_path: Path
) -> None:
    fake.seed(n_assets=0, n_brands=1)
    (tmp_path / "a.txt").write_bytes(b"a")
    assert "--brand" in failed(cli("upload", str(tmp_path / "a.txt")), ExitCode.USAGE)
    other = next(b for b in fake.brands if b != fake.default_brand_id)
    report = ok(cli("upload", str(tmp_path / "a.txt"), "--brand", other, "--json"))
    assert fake.assets[report["files"][0]["media_id"]].brand_id == other


def test_a_failed_file_in_a_batch_exits_5(cli: Invoke, fake: FakeBynder, tmp_path: Path) -> None:
    for name in ("good-1.txt", "bad.txt", "good-2.txt"):
        (tmp_path / name).write_bytes(name.encode())
    fake.faults.fail_processing(None, filenames=["bad.txt"])
    result = cli("upload", str(tmp_path), "--json")
    assert result.exit_code == ExitCode.PARTIAL, result.output
    report = json.loads(result.stdout)
    assert (report["uploaded"], report["failed"]) == (2, 1)
    bad = next(f for f in report["files"] if f["filename"] == "bad.txt")
    assert bad["ok"] is False
    assert bad["media_id"] is None
    assert "bad.txt" in bad["error"]
    assert result.stderr.strip().endswith("error: 1 of 3 files failed")
    human = cli("upload", str(tmp_path / "bad.txt"), str(tmp_path / "good-1.txt"))
    assert human.exit_code == ExitCode.PARTIAL
    assert "failed:" in human.stdout


def test_a_batch_where_every_file_fails_exits_1(
    cli: Invoke, fake: FakeBynder, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_bytes(b"a")
    fake.faults.fail_processing(None)
    assert "all 1 file(s) failed" in failed(cli("upload", str(tmp_path / "a.txt")), ExitCode.ERROR)


def test_upload_arguments_are_checked_first(cli: Invoke, fake: FakeBynder, tmp_path: Path) -> None:
    assert "no such file" in failed(cli("upload", str(tmp_path / "missing.jpg")), ExitCode.USAGE)
    (tmp_path / "empty").mkdir()
    assert "no files" in failed(cli("upload", str(tmp_path / "empty")), ExitCode.USAGE)
    (tmp_path / "a.txt").write_bytes(b"a")
    failed(cli("upload", str(tmp_path / "a.txt"), "--collection", "nope"), ExitCode.NOT_FOUND)
    assert cli("upload", str(tmp_path / "a.txt"), "--chunk-size", "4").exit_code == ExitCode.USAGE
    assert fake.requests_for("initialize_upload") == []


def test_upload_checks_the_brand_before_sending_anything(
    cli: Invoke, fake: FakeBynder, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_bytes(b"a")
    line = failed(cli("upload", str(tmp_path / "a.txt"), "--brand", "BAD"), ExitCode.USAGE)
    assert "BAD" in line
    assert "bynder brands" in line
    assert fake.requests_for("get_closest_s3_upload_endpoint") == []
    assert fake.requests_for("initialize_upload") == []


def test_download_the_original(cli: Invoke, fake: FakeBynder, tmp_path: Path) -> None:
    content = os.urandom(300_000)
    asset = fake.add_asset(content, filename="photo.jpg")
    folder = tmp_path / "out"
    data = ok(cli("download", asset.id, "-o", f"{folder}/", "--json"))
    path = folder / "photo.jpg"
    assert data["path"] == str(path)
    assert data["size"] == len(content)
    assert data["sha256"] == hashlib.sha256(content).hexdigest()
    assert data["item_id"] == asset.items[0].id
    assert path.read_bytes() == content
    assert len(fake.requests_for("get_asset")) == 1  # the asset is fetched once, then its item
    named = tmp_path / "renamed.jpg"
    human = cli("download", asset.id, "--output", str(named))
    assert human.exit_code == 0
    assert f"Saved {named}" in human.stdout
    assert named.read_bytes() == content


def test_download_an_item_into_the_current_folder(
    cli: Invoke, fake: FakeBynder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asset = fake.add_asset(b"item bytes", filename="sheet.pdf")
    monkeypatch.chdir(tmp_path)
    data = ok(cli("download", asset.id, "--item", asset.items[0].id, "--json"))
    assert data["path"] == str(tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes() == b"item bytes"
    failed(cli("download", asset.id, "--item", "no-such-item"), ExitCode.NOT_FOUND)


# Raw requests ------------------------------------------------------------------------------------


def test_raw_get(cli: Invoke, fake: FakeBynder) -> None:
    data = ok(cli("raw", "GET", "/api/v4/account/", "--json"))
    assert data["status_code"] == 200
    assert data["body"]["name"] == fake.account.name
    assert data["headers"]["content-type"].startswith("application/json")
    human = cli("raw", "get", "/api/v4/account/")
    assert json.loads(human.stdout)["name"] == fake.account.name


@pytest.mark.fake_bynder(seed=6)
def test_raw_query_header_and_text(cli: Invoke, fake: FakeBynder) -> None:
    data = ok(
        cli(
            "raw",
            "GET",
            "/api/v4/media/",
            "-q",
            "limit=2",
            "-q",
            "page=1",
            "-H",
            "X-Trace: demo-1",
            "--json",
        )
    )
    assert len(data["body"]) == 2
    recorded = fake.requests_for("list_assets")[-1]
    assert recorded.query_dict()["limit"] == "2"
    assert recorded.headers.get("x-trace") == "demo-1"
    text = cli("raw", "GET", "/api/v4/account/", "--response-type", "text")
    assert json.loads(text.stdout)["name"] == fake.account.name


def test_raw_form_and_json_bodies(cli: Invoke, fake: FakeBynder, tmp_path: Path) -> None:
    ok(cli("raw", "POST", "/api/v4/collections/", "--form", "name=From raw", "--json"))
    assert any(c.name == "From raw" for c in fake.collections.values())
    body = {"name": "Raw campaign", "key": "RAW1"}
    created = ok(
        cli("raw", "POST", "/api/workflow/campaigns/", "--data", json.dumps(body), "--json")
    )
    assert created["body"]["id"] in fake.campaigns
    payload = tmp_path / "campaign.json"
    payload.write_text(json.dumps({"name": "From a file", "key": "RAW2"}))
    from_file = ok(
        cli("raw", "POST", "/api/workflow/campaigns/", "--data", f"@{payload}", "--json")
    )
    assert fake.campaigns[from_file["body"]["id"]].name == "From a file"
    assert "cannot be combined" in failed(
        cli("raw", "POST", "/api/v4/collections/", "-d", "{}", "-F", "a=b"), ExitCode.USAGE
    )


def test_raw_output_to_a_file(cli: Invoke, fake: FakeBynder, tmp_path: Path) -> None:
    target = tmp_path / "account.json"
    data = ok(cli("raw", "GET", "/api/v4/account/", "-o", str(target), "--json"))
    assert data["output"] == str(target)
    assert data["body"] is None
    assert json.loads(target.read_bytes())["name"] == fake.account.name
    assert "saved the body" in cli("raw", "GET", "/api/v4/account/", "-o", str(target)).stderr


def test_raw_errors(cli: Invoke) -> None:
    missing = failed(cli("raw", "GET", "/api/v4/media/no-such-asset/"), ExitCode.NOT_FOUND)
    refused = failed(
        cli("raw", "GET", "/api/v4/account/", BYNDER_CLIENT_SECRET="wrong"), ExitCode.AUTH
    )
    assert "404" in missing
    assert "no-such-asset" in missing
    assert "invalid_client" in refused


# Contract ------------------------------------------------------------------------------------------


@pytest.mark.fake_bynder(seed=5)
def test_contract_probe_finds_no_drift_and_writes_reports(
    cli: Invoke, fake: FakeBynder, tmp_path: Path
) -> None:
    report, junit = tmp_path / "out" / "probe.json", tmp_path / "probe.xml"
    result = cli("contract", "probe", "--report", str(report), "--junit", str(junit))
    assert result.exit_code == 0, result.output
    assert "0 drifted, 0 failed" in result.stderr
    data = json.loads(report.read_text())
    assert data["summary"]["drift"] == 0
    assert data["summary"]["ok"] >= 40  # the connector's default scopes leave some out
    assert junit.read_text().startswith("<?xml")
    assert {r.method for r in fake.requests if r.operation_id != "oauth2_token"} == {"GET"}


def test_contract_probe_exits_1_on_drift(cli: Invoke, fake: FakeBynder) -> None:
    fake.drift.add_field("list_brands", "newField")
    result = cli("contract", "probe", "--only", "brands,account")
    assert result.exit_code == 1, result.output
    assert "list_brands response 200 $[0].newField: expected only the fields" in result.stdout
    assert "1 drifted" in result.stderr
    data = ok(cli("contract", "probe", "--only", "list_brands", "--no-undocumented", "--json"))
    assert data["summary"] == {"ok": 1, "drift": 0, "skipped": 0, "error": 0}


def test_contract_check_of_a_har_file(cli: Invoke, server: FakeServer, tmp_path: Path) -> None:
    token = server.token
    url = f"{server.base_url}/api/v4/brands/"
    answer = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
    entry = {
        "request": {
            "method": "GET",
            "url": url,
            "headers": [{"name": "Authorization", "value": f"Bearer {token}"}],
        },
        "response": {
            "status": 200,
            "headers": [{"name": "Content-Type", "value": "application/json"}],
            "content": {"mimeType": "application/json", "text": answer.text},
        },
    }
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps({"log": {"entries": [entry]}}))
    result = cli("contract", "check", str(har))
    assert result.exit_code == 0, result.output
    assert "1 conform, 0 break the spec" in result.stderr
    brands = json.loads(answer.text)
    brands[0]["name"] = 7
    entry["response"]["content"]["text"] = json.dumps(brands)
    har.write_text(json.dumps({"log": {"entries": [entry]}}))
    result = cli("contract", "check", str(har))
    assert result.exit_code == 1, result.output
    assert "list_brands response 200 $[0].name: expected string" in result.stdout
    assert token not in result.output
    data = json.loads(cli("contract", "check", str(har), "--json").stdout)
    assert data["entries"][0]["violations"][0]["where"] == "$[0].name"


def test_contract_check_refuses_what_is_not_a_har_file(cli: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "notes.har"
    path.write_text("hello")
    line = failed(cli("contract", "check", str(path)), ExitCode.USAGE)
    assert "is not a HAR file" in line
