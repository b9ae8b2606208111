import asyncio
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query

app = FastAPI()

# Sample data standing in for three other services. Do not change it.
USERS = {
    1: {"id": 1, "name": "Ada"},
    2: {"id": 2, "name": "Linus"},
    3: {"id": 3, "name": "Grace"},
    4: {"id": 4, "name": "Alan"},
}
ORDERS = {1: [{"id": 101, "total": 10.1}, {"id": 102, "total": 12.2}], 2: [], 4: [{"id": 401, "total": 9.99}]}
NOTIFICATIONS = {1: ["Your order shipped"], 2: ["Welcome!", "New login"], 3: []}
ORDERS_DOWN_FOR = {3}         # the orders service fails for these users
NOTIFICATIONS_DOWN_FOR = {4}  # the notifications service fails for these


class UpstreamError(Exception):
    """A service behind this API failed."""


async def load_user(user_id: int) -> dict | None:
    await asyncio.sleep(0.01)
    return USERS.get(user_id)


async def fetch_orders(user_id: int) -> list:
    await asyncio.sleep(0.02)
    if user_id in ORDERS_DOWN_FOR:
        raise UpstreamError("orders service unavailable")
    return ORDERS.get(user_id, [])


async def fetch_notifications(user_id: int) -> list:
    await asyncio.sleep(0.01)
    if user_id in NOTIFICATIONS_DOWN_FOR:
        raise UpstreamError("notifications service unavailable")
    return NOTIFICATIONS.get(user_id, [])


# TODO: an async dependency current_user(user_id: int) that awaits
#       load_user and raises 404 {"detail": "User not found"} for None.


@app.get("/users/{user_id}/dashboard")
async def dashboard(user_id: int):
    # TODO: take the user from Depends(current_user) instead.
    user = await load_user(user_id)
    # TODO: await both services together with asyncio.gather, and answer
    #       502 {"detail": "Upstream service failed"} on UpstreamError.
    orders = await fetch_orders(user_id)
    notifications = await fetch_notifications(user_id)
    return {
        "name": user["name"],
        "order_count": len(orders),
        "order_total": sum(order["total"] for order in orders),
        "notifications": notifications,
    }


# TODO: GET /users?ids=3&ids=1 gathers load_user for every id and answers
#       {"users": [...]} in the order asked, or 404 "User <id> not found".
