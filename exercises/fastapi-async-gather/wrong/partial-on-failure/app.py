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


async def current_user(user_id: int) -> dict:
    user = await load_user(user_id)
    if user is None:
        raise HTTPException(status_code=404, detail="User not found")
    return user


@app.get("/users/{user_id}/dashboard")
async def dashboard(user: Annotated[dict, Depends(current_user)]):
    orders, notifications = await asyncio.gather(
        fetch_orders(user["id"]), fetch_notifications(user["id"]),
        return_exceptions=True,
    )
    if isinstance(orders, Exception):
        orders = []
    if isinstance(notifications, Exception):
        notifications = []
    return {
        "name": user["name"],
        "order_count": len(orders),
        "order_total": round(sum(order["total"] for order in orders), 2),
        "notifications": notifications,
    }


@app.get("/users")
async def list_users(ids: Annotated[list[int], Query()]):
    users = await asyncio.gather(*(load_user(user_id) for user_id in ids))
    for user_id, user in zip(ids, users):
        if user is None:
            raise HTTPException(status_code=404, detail=f"User {user_id} not found")
    return {"users": list(users)}
