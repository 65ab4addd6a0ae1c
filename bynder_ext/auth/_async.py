"""The OAuth flows that send requests (async source of ``_sync.py``)."""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING

import httpx

from ..transport.core import RAISE_EXTENSION, replay_of
from .core import MAX_REPLAYS, CodeGrant, OAuth2, Token

if TYPE_CHECKING:
    from bynder_client import AuthenticatedClient, Client


class AsyncFlow(OAuth2):
    """The OAuth auth flow: it yields the token request (under the auth object's lock), so that
    it goes through the connection's transports."""

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self.applies_to(request):
            yield request
            return
        token = self._token
        self._check_alive(request, token)
        if self._needs_token(token):
            async with self._lock:
                token = self._token
                if self._needs_token(token):
                    started = time.perf_counter()
                    response = yield self._token_request(request, self._grant(token))
                    await response.aread()
                    token = self._accept(response, token, started)
        assert token is not None
        self._authorize(request, token)
        replay = replay_of(request)  # before sending: it notes where a file body starts
        response = yield request
        renewed = False
        for _ in range(MAX_REPLAYS):
            if response.status_code != 401 or not self._can_renew(token) or not replay():
                return
            async with self._lock:
                current = self._token
                if current is token or current is None:
                    if renewed:
                        return  # the token this request obtained was refused too
                    started = time.perf_counter()
                    token_response = yield self._token_request(request, self._grant(token))
                    await token_response.aread()
                    current = self._accept(token_response, token, started)
                    renewed = True
            token = current
            self._authorize(request, token)
            response = yield request


class AsyncCodeExchange(CodeGrant):
    """The code exchange, sent by the client that ``connect()`` built with this auth object."""

    async def aexchange_code(
        self,
        client: AuthenticatedClient | Client,
        code: str,
        state: str | None = None,
        *,
        expected_state: str | None = None,
        code_verifier: str | None = None,
    ) -> Token:
        """Trade the code from the redirect (or the whole redirect URL) for a token."""
        form = self._exchange_form(code, state, expected_state, code_verifier)
        http = self._client_of(client.get_async_httpx_client())
        token_request = self._token_request(None, form)
        token_request.extensions[RAISE_EXTENSION] = False
        token_request.extensions["timeout"] = http.timeout.as_dict()
        async with self._lock:
            response = await http.send(token_request, auth=None)
            token = self._accept(response, self._token, None)
        self._state = self._code_verifier = None
        return token
