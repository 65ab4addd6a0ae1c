from typing import Literal

Oauth2AuthorizeCodeChallengeMethod = Literal["S256"]

OAUTH_2_AUTHORIZE_CODE_CHALLENGE_METHOD_VALUES: set[Oauth2AuthorizeCodeChallengeMethod] = {
    "S256",
}


def check_oauth_2_authorize_code_challenge_method(value: str) -> Oauth2AuthorizeCodeChallengeMethod:
    if value in OAUTH_2_AUTHORIZE_CODE_CHALLENGE_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OAUTH_2_AUTHORIZE_CODE_CHALLENGE_METHOD_VALUES!r}")
