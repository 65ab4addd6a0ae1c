"""The three ways to authenticate with Bynder, as ``httpx.Auth`` objects: :class:`PermanentToken`
(a static bearer), :class:`ClientCredentials` and :class:`AuthorizationCode` (PKCE S256).

The OAuth classes yield the token request from the auth flow (so it goes through the connection's
transports, and one object serves sync and async clients), never follow a redirect of it, send the
bearer to the portal's origin only, replay a request refused with 401 with a new token (renewing
at most once per request), make one token request at a time across threads and tasks, give every
new token to ``on_token`` and a :class:`TokenStore`, and never show a secret. A refresh token the
portal refused is never sent again: log in again.

Why not authlib: its httpx integration refreshes inside ``request()``, not in an auth flow (no
replay on 401, no lock in the sync client) and sends the bearer to every URL; what remains, three
form posts, PKCE and a state, is a few lines of the standard library.
"""

from __future__ import annotations

from ._async import AsyncCodeExchange, AsyncFlow
from ._sync import CodeExchange, Flow
from .core import (
    DEFAULT_SCOPES,
    MAX_REPLAYS,
    TOKEN_REQUEST_EXTENSION,
    Binding,
    BynderAuth,
    ClientCredentialsGrant,
    FileTokenStore,
    PermanentToken,
    Token,
    TokenStore,
    write_private_file,
)

__all__ = [
    "DEFAULT_SCOPES",
    "MAX_REPLAYS",
    "TOKEN_REQUEST_EXTENSION",
    "AuthorizationCode",
    "Binding",
    "BynderAuth",
    "ClientCredentials",
    "FileTokenStore",
    "PermanentToken",
    "Token",
    "TokenStore",
    "write_private_file",
]


class ClientCredentials(ClientCredentialsGrant, AsyncFlow, Flow):
    """OAuth 2.0 client credentials: the app acts as the user assigned to it in the portal.

    The grant runs again ``leeway`` seconds before the token expires, or when it is refused with
    401. The ``offline`` scope is left out: this grant never gives a refresh token.
    """


class AuthorizationCode(AsyncCodeExchange, CodeExchange, AsyncFlow, Flow):
    """OAuth 2.0 authorization code with PKCE, for acting as a person.

    1. ``url = auth.authorization_url()`` (after ``connect(domain, auth=auth)``): send the user
       there. The state and PKCE verifier stay on this object; a stateless web app stores
       ``auth.state`` and ``auth.code_verifier`` itself and passes them back in step 2.
    2. ``auth.exchange_code(client, code, state)`` (or the full redirect URL as ``code``) once the
       portal redirects back; a state that does not match raises :class:`StateMismatchError`
       before any request.
    3. Calls then carry the token, refreshed before it expires and once on a 401.

    A saved token can be passed as ``token`` or found in ``store``, skipping steps 1 and 2.
    """
