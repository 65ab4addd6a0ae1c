"""Brandstore orders: list (fixed page size of 10), info, order lines by id or order number, and
update (201 `{"message": "Created", "status_code": 201}`); one order line's review state, and
approving or rejecting it (JSON, 201). Errors use `status_code` too."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, json_response
from ..router import route
from ..state import Order, OrderLine, iso
from .common import form_required, json_object, json_str, page_of, query_int

if TYPE_CHECKING:
    from ..core import FakeBynder

PAGE_SIZE = 10
ORDER_STATUSES = (
    "IN_PROGRESS",
    "CANCELED",
    "FAILED",
    "WAITING_FOR_PAYMENT",
    "FOR_ORDER",
    "IN_PRODUCTION",
    "PRODUCTION_SUSPENDED",
    "OUT_FOR_DELIVERY",
    "FINISHED",
)
LINE_STATUSES = ("approved", "rejected")
STATUS_LABELS = {
    "IN_PROGRESS": "In progress",
    "CANCELED": "Canceled",
    "FAILED": "Failed",
    "WAITING_FOR_PAYMENT": "Waiting for payment",
    "FOR_ORDER": "Waiting for approval",
    "IN_PRODUCTION": "In production",
    "PRODUCTION_SUSPENDED": "Production suspended",
    "OUT_FOR_DELIVERY": "Out for delivery",
    "FINISHED": "Finished",
}


def find_order(fake: FakeBynder, id_or_number: str) -> Order:
    order = fake.orders.get(id_or_number)
    if order is None:
        order = next((o for o in fake.orders.values() if o.number == id_or_number), None)
    if order is None:
        raise HTTPError(404, "Order not found")
    return order


@route(
    "GET",
    "/api/store/order/",
    "list_orders",
    scopes=("brandstore.order:read",),
    error_style="store",
)
def list_orders(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    page = query_int(req, "page", 1, minimum=1)
    orders = sorted(fake.orders.values(), key=lambda o: (-o.date_created, o.id))
    return json_response(
        200,
        [
            {
                "id": o.id,
                "order_ref": o.number,
                "net_price": round(o.net_price, 2),
                "date_created": iso(o.date_created),
                "username": o.username,
                "account_name": fake.account.name,
                "order_status": STATUS_LABELS.get(o.status, o.status),
                "currency_symbol": "8364",
            }
            for o in page_of(orders, page, PAGE_SIZE)
        ],
    )


@route(
    "GET",
    "/api/store/order/{id}/",
    "get_order_info",
    scopes=("brandstore.order:read",),
    error_style="store",
)
def get_order_info(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    order = find_order(fake, req.path_params["id"])
    return json_response(
        200,
        {
            "id": order.id,
            "dateCreated": iso(order.date_created),
            "status": order.status,
            "orderReference": order.number,
        },
    )


def _render_line(order: Order, index: int) -> dict[str, Any]:
    line = order.lines[index]
    return {
        "id": line.id,
        "orderId": order.id,
        "product": {
            "id": line.product_id,
            "name": line.product_name,
            "description": line.description,
            "isFeatured": 0,
            "product_number": f"P-{index + 1:04d}",
            "min_quantity": 1,
            "max_quantity": 1000,
            "default_quantity": 1,
            "isActive": 1,
            "sku": f"SKU-{line.product_id[:8]}",
            "isFree": 0,
            "isShipping": 1,
        },
        "referenceId": line.reference_id,
        "name": line.product_name,
        "description": line.description,
        "itemPrice": line.item_price,
        "quantity": line.quantity,
        "supplier": line.supplier,
        "customerReference": line.customer_reference,
        "metaproperties": [],
    }


@route(
    "GET",
    "/api/store/order/{id}/products",
    "get_order",
    scopes=("brandstore.order:read",),
    error_style="store",
)
def get_order(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    order = find_order(fake, req.path_params["id"])
    return json_response(200, [_render_line(order, i) for i in range(len(order.lines))])


@route(
    "POST",
    "/api/store/order/{id}/products",
    "update_order",
    scopes=("brandstore.order:write",),
    error_style="store",
)
def update_order(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    order = find_order(fake, req.path_params["id"])
    status = form_required(req, "status")
    if status not in ORDER_STATUSES:
        raise HTTPError(400, f"status must be one of {', '.join(ORDER_STATUSES)}")
    order.status = status
    message = req.form_value("message")
    if message:
        order.messages.append(message)
    tracking = req.form_value("trackingnumber")
    if tracking is not None:
        order.tracking_number = tracking
    return json_response(201, {"message": "Created", "status_code": 201})


# -- order lines -------------------------------------------------------------------------------


def find_order_line(fake: FakeBynder, line_id: str) -> tuple[Order, OrderLine]:
    for order in fake.orders.values():
        for line in order.lines:
            if line.id == line_id:
                return order, line
    raise HTTPError(404, "Order line not found")


def _render_line_status(order: Order, line: OrderLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "status": line.status,
        "orderId": order.id,
        "customerReference": line.customer_reference,
    }


@route(
    "GET",
    "/api/store/orderproducts/{id}",
    "get_order_line",
    scopes=("brandstore.order:read",),
    error_style="store",
)
def get_order_line(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    order, line = find_order_line(fake, req.path_params["id"])
    return json_response(200, _render_line_status(order, line))


@route(
    "PATCH",
    "/api/store/orderproducts/{id}",
    "update_order_line",
    scopes=("brandstore.order:write",),
    error_style="store",
)
def update_order_line(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    _, line = find_order_line(fake, req.path_params["id"])
    body = json_object(req)
    status = json_str(body, "status")
    reference = json_str(body, "customerReference")
    if status is None and reference is None:
        raise HTTPError(400, "Send status, customerReference or both")
    if status is not None and status not in LINE_STATUSES:
        raise HTTPError(400, f"status must be one of {', '.join(LINE_STATUSES)}")
    if status is not None:
        line.status = status
    if reference is not None:
        line.customer_reference = reference
    return json_response(201, {"message": "Created", "status_code": 201})
