from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query

app = FastAPI()

# {key: client name}. A real app would load these from its settings.
API_KEYS = {"demo-key-123": "demo"}

PRODUCTS = [{"sku": f"P-{n:03}", "name": f"Product {n}"} for n in range(1, 26)]
SUPPLIERS = [{"id": n, "name": f"Supplier {n}"} for n in range(1, 8)]


def get_api_keys() -> dict:
    """Where the valid keys come from. Keep this name: the tests override it."""
    return API_KEYS


# TODO: require_client: read the X-API-Key header, look it up in the keys
#       from Depends(get_api_keys), return the client's name, or raise 401
#       {"detail": "Invalid or missing API key"} with a
#       WWW-Authenticate: ApiKey header.


# TODO: a Pagination class whose __init__ takes limit (1-50, default 10) and
#       offset (0 or more, default 0) as query parameters.


@app.get("/products")
def list_products(limit: int = 10, offset: int = 0):
    # TODO: use the dependencies instead of these parameters.
    return {
        "client": "demo",
        "limit": limit,
        "offset": offset,
        "items": PRODUCTS[offset:offset + limit],
    }


# TODO: GET /suppliers, paged and protected in the same way.
