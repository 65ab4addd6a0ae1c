"""Text documents of the content authoring module, as JSON:API resources: the text as a ProseMirror
document and as HTML. Every answer of this area, errors included, is `application/vnd.api+json`.
Documents are added with `add_authoring_document` (two exist from the start)."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, json_response
from ..platform_state import AuthoringDocument
from ..router import route

if TYPE_CHECKING:
    from ..core import FakeBynder

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def add_authoring_document(
    fake: FakeBynder, paragraphs: list[str], group_id: str = "group_1"
) -> AuthoringDocument:
    """A new text document with the given paragraphs."""
    with fake.lock:
        document = AuthoringDocument(fake.platform.ids.uuid(), group_id, list(paragraphs))
        fake.platform.documents[document.id] = document
    return document


def prosemirror(document: AuthoringDocument) -> dict[str, Any]:
    return {
        "type": "doc",
        "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": text}]}
            for text in document.paragraphs
        ],
    }


def html(document: AuthoringDocument) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in document.paragraphs)


@route(
    "GET",
    "/api/1/authoring/documents/{document_uuid}",
    "get_authoring_document",
    error_style="jsonapi",
)
def get_authoring_document(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    document_id = req.path_params["document_uuid"]
    if not UUID.match(document_id):
        raise HTTPError(400, "params/document_uuid must be a UUID")
    document = fake.platform.documents.get(document_id.lower())
    if document is None:
        raise HTTPError(404, "Document not found")
    body = {
        "data": {
            "id": document.id,
            "type": "document",
            "attributes": {
                "document": prosemirror(document),
                "html": html(document),
                "documentGroupId": document.group_id,
            },
        }
    }
    response = json_response(200, body)
    response.headers[0] = ("Content-Type", "application/vnd.api+json")
    return response
