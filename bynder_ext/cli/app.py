"""The ``bynder`` command: the root options, error handling, and the account commands (login,
logout, whoami, brands) and ``raw``. Asset, collection, transfer and contract commands live in
their own modules."""

from __future__ import annotations

import base64
import json
import sys
import traceback
import webbrowser
from pathlib import Path
from typing import Annotated, Any, Literal, NoReturn
from urllib.parse import urlencode

import typer
from bynder_client.api.brands import list_brands
from bynder_client.api.users import get_current_user
from bynder_client.models.brand import Brand
from bynder_client.models.user import User
from typer.core import TyperGroup

from .. import __version__
from ..auth import AuthorizationCode
from ..client import connect, normalize_domain
from ..errors import BynderError
from ..raw import raw_request
from . import assets, collections, contract, transfer
from .callback import CallbackListener
from .common import JsonFlag, State, check, key_values, state_of
from .errors import CLIError, ExitCode, describe, exit_code_for
from .settings import AuthMode, Credentials, StoredLogin, parse_scopes

__all__ = ["app", "run"]

ResponseType = Literal["json", "text", "binary"]


class _Group(TyperGroup):
    """The root group: turns every failure into one line on stderr and an exit code, usage
    errors (an unknown option, a bad value, a missing argument) included."""

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.Abort:
            print("error: aborted", file=sys.stderr)
            sys.exit(int(ExitCode.ERROR))
        except Exception as exc:
            if not _is_usage_error(exc):
                raise
            if type(exc).__name__ == "NoArgsIsHelpError":
                exc.show()  # type: ignore[attr-defined]  # the help, asked for by giving nothing
            else:
                print(f"error: {_usage_line(exc)}", file=sys.stderr)
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        # Not standalone, a command's Exit comes back as its code; a command returns None.
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except (Exception, KeyboardInterrupt) as exc:
            if _is_usage_error(exc):
                raise
            _fail(ctx, exc)


def _usage_line(exc: Exception) -> str:
    """A usage error (typer's vendored click's) as one line, pointing to the help of the
    command it concerns."""
    message = " ".join(str(exc.format_message()).split())  # type: ignore[attr-defined]
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        message += f" (see `{ctx.command_path} --help`)"
    return message


def _is_usage_error(exc: BaseException) -> bool:
    """Typer's own usage errors (bad options and arguments), which it reports itself."""
    return callable(getattr(exc, "show", None)) and isinstance(getattr(exc, "exit_code", None), int)


def _fail(ctx: Any, exc: BaseException) -> NoReturn:
    if ctx.params.get("debug"):
        traceback.print_exception(exc, file=sys.stderr)
    message = describe(exc)
    if not isinstance(exc, BynderError | CLIError | OSError | KeyboardInterrupt):
        message = f"unexpected {message} (run with --debug for the traceback)"
    print(f"error: {message}", file=sys.stderr)
    raise typer.Exit(int(exit_code_for(exc)))


app = typer.Typer(
    name="bynder",
    cls=_Group,
    help=(
        "Work with a Bynder portal from the terminal: assets, collections, uploads, downloads "
        "and raw API requests.\n\n"
        "Credentials come from options or environment variables (BYNDER_DOMAIN, BYNDER_TOKEN, "
        "BYNDER_CLIENT_ID, BYNDER_CLIENT_SECRET, ...) or from `bynder login`. "
        "Exit codes: 0 ok, 1 API or operation error, 2 usage or configuration error, "
        "3 authentication error, 4 not found, 5 partial failure of a batch, 130 interrupted."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(assets.app, name="assets")
app.add_typer(collections.app, name="collections")
app.add_typer(contract.app, name="contract")
transfer.register(app)


def _version(value: bool) -> None:
    if value:
        print(f"bynder-client {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    domain: Annotated[
        str | None,
        typer.Option(
            "--domain",
            envvar="BYNDER_DOMAIN",
            help="Portal host, e.g. acme.bynder.com (http://127.0.0.1:PORT for a local fake).",
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            "--token", envvar="BYNDER_TOKEN", help="A permanent token.", show_default=False
        ),
    ] = None,
    client_id: Annotated[
        str | None,
        typer.Option("--client-id", envvar="BYNDER_CLIENT_ID", help="OAuth app client id."),
    ] = None,
    client_secret: Annotated[
        str | None,
        typer.Option(
            "--client-secret",
            envvar="BYNDER_CLIENT_SECRET",
            help="OAuth app client secret (prefer the environment variable).",
            show_default=False,
        ),
    ] = None,
    scopes: Annotated[
        str | None,
        typer.Option(
            "--scopes",
            envvar="BYNDER_SCOPES",
            help="OAuth scopes, space- or comma-separated (default: the connector's set).",
        ),
    ] = None,
    token_file: Annotated[
        Path | None,
        typer.Option(
            "--token-file",
            envvar="BYNDER_TOKEN_FILE",
            help="Where `bynder login` keeps the login (default ~/.config/bynder/login.json).",
            dir_okay=False,
        ),
    ] = None,
    auth: Annotated[
        AuthMode,
        typer.Option(
            "--auth",
            envvar="BYNDER_AUTH",
            help="How to authenticate. auto takes a permanent token, else the saved login, "
            "else client credentials.",
        ),
    ] = "auto",
    timeout: Annotated[
        float,
        typer.Option("--timeout", envvar="BYNDER_TIMEOUT", help="Seconds per request.", min=1),
    ] = 30.0,
    json_output: JsonFlag = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Log every request, and show tracebacks of errors."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Work with a Bynder portal from the terminal."""
    state = State(
        credentials=Credentials(
            domain=domain,
            token=token,
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            token_file=token_file,
            auth=auth,
        ),
        json=json_output,
        debug=debug,
        timeout=timeout,
    )
    if debug:
        state.start_debug_log()
    ctx.obj = state
    ctx.call_on_close(state.close)


# Account ------------------------------------------------------------------------------------------


def _user_name(user: User) -> str:
    names = [user.firstname, user.lastname]
    name = " ".join(n for n in names if isinstance(n, str) and n)
    return name or (user.username if isinstance(user.username, str) else "") or str(user.id)


@app.command()
def login(
    ctx: typer.Context,
    no_browser: Annotated[
        bool,
        typer.Option("--no-browser", help="Print the login URL instead of opening a browser."),
    ] = False,
    port: Annotated[
        int,
        typer.Option(
            "--port",
            envvar="BYNDER_REDIRECT_PORT",
            help="Local port of the redirect URI http://127.0.0.1:PORT/callback (0: any free "
            "port; a real portal needs the registered one).",
            min=0,
            max=65535,
        ),
    ] = 0,
    wait: Annotated[
        float, typer.Option("--wait", help="Seconds to wait for the browser.", min=1)
    ] = 300.0,
    json_output: JsonFlag = False,
) -> None:
    """Log in as yourself (OAuth authorization code with PKCE) and save the login.

    Opens the portal's login page in a browser, catches the redirect on 127.0.0.1, checks its
    state, exchanges the code and saves the token (mode 0600) with the portal and client id.
    The client secret is never saved.
    """
    state = state_of(ctx)
    out = state.output(json_output)
    creds = state.credentials
    file = creds.login_file
    domain = creds.domain
    if not domain:
        saved = file.read()
        domain = saved.origin if saved is not None else None
    if not domain:
        raise CLIError("bynder login needs --domain or BYNDER_DOMAIN", ExitCode.USAGE)
    if not (creds.client_id and creds.client_secret):
        raise CLIError(
            "bynder login needs the OAuth app's --client-id and --client-secret "
            "(or BYNDER_CLIENT_ID and BYNDER_CLIENT_SECRET)",
            ExitCode.USAGE,
        )
    origin = normalize_domain(domain).origin
    with CallbackListener(port) as listener:
        auth = AuthorizationCode(
            creds.client_id,
            creds.client_secret,
            listener.redirect_uri,
            scopes=parse_scopes(creds.scopes),
        )
        client = connect(
            origin, auth=auth, timeout=state.timeout, user_agent=f"bynder-cli/{__version__}"
        )
        url = auth.authorization_url()
        out.note("Log in to Bynder in your browser; if it does not open, visit this URL:")
        out.note(url)
        if not no_browser and not webbrowser.open(url):
            out.note("(no browser could be opened: open the URL above yourself)")
        out.note(f"Waiting for the redirect to {listener.redirect_uri} ...")
        redirect = listener.wait(wait, state=str(auth.state))
    try:
        token = auth.exchange_code(client, redirect)
        file.write(
            StoredLogin(
                origin=origin,
                client_id=creds.client_id,
                scopes=auth.scope,
                redirect_uri=listener.redirect_uri,
                token=token,
            )
        )
        user = check(get_current_user.sync_detailed(client=client), User, "get_current_user")
    finally:
        client.session.close()
    if out.json:
        out.emit(
            {
                "domain": origin,
                "token_file": str(file.path),
                "expires_at": token.expires_at,
                "scope": token.scope or auth.scope,
                "user": user,
            }
        )
    else:
        out.line(f"Logged in to {origin} as {_user_name(user)} ({user.email or user.username}).")
        out.note(f"The login is saved in {file.path}.")


@app.command()
def logout(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """Forget the saved login (deletes the login file)."""
    state = state_of(ctx)
    out = state.output(json_output)
    file = state.credentials.login_file
    removed = file.remove()
    if out.json:
        out.emit({"token_file": str(file.path), "removed": removed})
    elif removed:
        out.line(f"Logged out: removed {file.path}.")
    else:
        out.line(f"Not logged in (no {file.path}).")


@app.command()
def whoami(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """Show the user the credentials act as."""
    state = state_of(ctx)
    out = state.output(json_output)
    client = state.client()
    user = check(get_current_user.sync_detailed(client=client), User, "get_current_user")
    connection = state.connection
    assert connection is not None
    origin = client.session.origin
    if out.json:
        out.emit({"domain": origin, "auth": connection.mode, "user": user})
        return
    out.fields(
        {
            "portal": origin,
            "auth": connection.mode,
            "user": _user_name(user),
            "email": user.email,
            "username": user.username,
            "id": user.id,
            "profile": user.profile_id,
        }
    )


@app.command()
def brands(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """List the portal's brands and sub-brands (their ids go to `upload --brand`)."""
    state = state_of(ctx)
    out = state.output(json_output)
    found: list[Brand] = check(list_brands.sync_detailed(client=state.client()), list, "brands")
    if out.json:
        out.emit(found)
        return
    rows: list[tuple[Any, ...]] = []
    for brand in found:
        rows.append((brand.id, brand.name, ""))
        for sub in brand.sub_brands or []:
            rows.append((sub.id, sub.name, brand.name))
    out.table(["id", "name", "sub-brand of"], rows)


# Raw ----------------------------------------------------------------------------------------------


def _raw_data(data: str | None) -> dict[str, Any] | list[Any] | str | bytes | None:
    """``--data``: ``@path`` reads a file; JSON objects and arrays are sent as JSON."""
    if data is None:
        return None
    if data.startswith("@"):
        path = Path(data[1:])
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise CLIError(f"--data {data}: {exc.strerror}", ExitCode.USAGE) from exc
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            return content
    else:
        text = data
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, dict | list) else text


@app.command()
def raw(
    ctx: typer.Context,
    method: Annotated[str, typer.Argument(help="GET, POST, PUT, PATCH or DELETE.")],
    url: Annotated[str, typer.Argument(help="A path such as /api/v4/account/, or a full URL.")],
    data: Annotated[
        str | None,
        typer.Option(
            "--data", "-d", help="Body: JSON (sent as JSON), other text, or @FILE to read a file."
        ),
    ] = None,
    form: Annotated[
        list[str] | None,
        typer.Option(
            "--form",
            "-F",
            help="Form field KEY=VALUE (repeatable): a urlencoded form, as Bynder's v4 writes "
            "take; a multipart form when --file is given too.",
        ),
    ] = None,
    file: Annotated[
        list[str] | None,
        typer.Option("--file", help="File field FIELD=PATH of a multipart form (repeatable)."),
    ] = None,
    query: Annotated[
        list[str] | None,
        typer.Option("--query", "-q", help="Query parameter KEY=VALUE (repeatable)."),
    ] = None,
    header: Annotated[
        list[str] | None,
        typer.Option("--header", "-H", help="Header 'NAME: VALUE' (repeatable)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the response body to this file.", dir_okay=False
        ),
    ] = None,
    response_type: Annotated[
        ResponseType | None,
        typer.Option(
            "--response-type",
            help="How to read the body (default json; binary with -o).",
        ),
    ] = None,
    retries: Annotated[
        int, typer.Option("--retries", help="Retries after a network error or a 5xx.", min=0)
    ] = 0,
    json_output: JsonFlag = False,
) -> None:
    """Send any request to the portal (with its token) and print the answer.

    A relative URL goes to the portal; an absolute URL on another host gets no token.
    """
    state = state_of(ctx)
    out = state.output(json_output)
    body = _raw_data(data)
    form_pairs = key_values(form, "--form")
    file_pairs = key_values(file, "--file")
    if body is not None and (form_pairs or file_pairs):
        raise CLIError("--data cannot be combined with --form or --file", ExitCode.USAGE)
    files: dict[str, Path] = {}
    for field, path in file_pairs:
        if not Path(path).is_file():
            raise CLIError(f"--file {field}={path}: no such file", ExitCode.USAGE)
        files[field] = Path(path)
    headers = key_values(header, "--header", ":")
    form_data: dict[str, list[str]] = {}
    if files:
        for key, value in form_pairs:
            form_data.setdefault(key, []).append(value)
    elif form_pairs:
        body = urlencode(form_pairs)
        headers.append(("Content-Type", "application/x-www-form-urlencoded"))
    kind: ResponseType = response_type or ("binary" if output is not None else "json")
    reply = raw_request(
        state.client(),
        method.upper(),
        url,
        data=body,
        form_data={k: v[0] if len(v) == 1 else v for k, v in form_data.items()} or None,
        file_data=dict(files) or None,
        file_data_file_names={k: p.name for k, p in files.items()} or None,
        params=key_values(query, "--query") or None,
        headers=headers or None,
        response_type=kind,
        max_retry_count=retries,
        output=output,
    )
    if out.json:
        result: dict[str, Any] = {
            "status_code": reply.status_code,
            "url": reply.url,
            "retries": reply.retries,
            "headers": dict(reply.headers),
            "body": reply.body,
        }
        if isinstance(reply.body, bytes):
            result["body"] = base64.b64encode(reply.body).decode("ascii")
            result["body_encoding"] = "base64"
        if output is not None:
            result["output"] = str(output)
        out.emit(result)
        return
    if output is not None:
        out.note(f"HTTP {reply.status_code}: saved the body to {output}")
    elif isinstance(reply.body, bytes):
        sys.stdout.buffer.write(reply.body)
        sys.stdout.flush()
    elif isinstance(reply.body, str):
        out.line(reply.body)
    elif reply.body is not None:
        sys.stdout.write(json.dumps(reply.body, indent=2, ensure_ascii=False) + "\n")
    else:
        out.note(f"HTTP {reply.status_code} (no body)")


def run(argv: list[str]) -> int:
    """Run the command line with ``argv``; returns the exit code."""
    command = typer.main.get_command(app)
    try:
        command.main(args=argv, prog_name="bynder", standalone_mode=True)
    except SystemExit as exc:
        if exc.code is None:
            return 0
        if isinstance(exc.code, int):
            return exc.code
        print(exc.code, file=sys.stderr)
        return int(ExitCode.ERROR)
    return 0
