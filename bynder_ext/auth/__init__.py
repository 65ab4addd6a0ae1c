"""The three ways to authenticate with Bynder, as ``httpx.Auth`` objects.

- :class:`PermanentToken`: a token made in the portal's settings, sent as a static bearer.
- :class:`ClientCredentials`: OAuth 2.0 client credentials; when the token expires (or is refused
  with 401) it runs the grant again (this grant has no refresh token).
- :class:`AuthorizationCode`: OAuth 2.0 authorization code with PKCE (S256) and a ``secrets``
  state; :meth:`~AuthorizationCode.exchange_code` refuses a state it did not issue before sending
  anything. The token is refreshed shortly before it expires (``leeway``) and on a 401; a rotated
  refresh token is kept. A refresh token the portal refuses is never sent again: every later call
  raises AuthenticationError saying to log in again, until a new token.

What the OAuth classes guarantee:

- The token request is yielded from the auth flow, so it goes through the connection's transports
  (retries, budget, an injected test transport), and one object serves sync and async clients.
- Token requests never follow a redirect (the client refuses one with AuthenticationError), so
  credentials never reach another URL.
- Only requests to the portal's origin get ``Authorization: Bearer`` (not S3, not other hosts, not
  the portal's own OAuth endpoints).
- A request refused with 401 is replayed with a new token (its own, or one another request just
  obtained): each request renews at most once and is replayed at most ``MAX_REPLAYS`` times.
- One token request at a time per auth object, across threads and asyncio tasks
  (:class:`~bynder_ext._concurrency.SharedLock`); the waiters reuse the token the first one got.
- ``on_token`` gets every new token, and a :class:`TokenStore` (e.g. :class:`FileTokenStore`)
  saves it and provides the token to start from.
- Secrets (client secret, tokens, codes, verifiers) never appear in ``repr``, ``str``, errors or
  logs.

``core`` holds the tokens and the lifecycle, ``_async.py`` (source of ``_sync.py``) the flows.
Why not authlib: its httpx integration refreshes inside ``request()`` rather than in an auth flow
(no refresh-and-replay on 401, no lock in the sync client) and sends the bearer to every URL, S3
included; what remains, three form posts, PKCE and a state, is a few lines of the standard library.
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

    A new token is requested with the client-credentials grant whenever the current one is about
    to expire (``leeway`` seconds before) or is refused with 401. The ``offline`` scope is left out
    of the request: it asks for a refresh token, which this grant never gives.
    """


class AuthorizationCode(AsyncCodeExchange, CodeExchange, AsyncFlow, Flow):
    """OAuth 2.0 authorization code with PKCE, for acting as a person.

    1. ``url = auth.authorization_url()`` (after ``connect(domain, auth=auth)``): send the user
       there. The state and PKCE verifier stay on this object; a stateless web app stores
       ``auth.state`` and ``auth.code_verifier`` itself and passes them back in step 2.
    2. ``auth.exchange_code(client, code, state)`` (or the full redirect URL as ``code``) once the
       portal redirects back; a state that does not match raises :class:`StateMismatchError`
       before any request.
    3. Calls then carry the token; it is refreshed with the refresh token (the ``offline`` scope)
       before it expires and once on a 401.

    A saved token can be passed as ``token`` or found in ``store``, skipping steps 1 and 2.
    """
