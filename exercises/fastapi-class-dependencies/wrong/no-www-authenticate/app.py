from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query

app = FastAPI()

# {key: client name}. A real app would load these from its settings.
API_KEYS = {"demo-key-123": "demo"}

PRODUCTS = [{"sku": f"P-{n:03}", "name": f"Product {n}"} for n in range(1, 26)]
SUPPLIERS = [{"id": n, "name": f"Supplier {n}"} for n in range(1, 8)]


def get_api_keys() -> dict:
    return API_KEYS


def require_client(
    keys: Annotated[dict, Depends(get_api_keys)],
    x_api_key: Annotated[str | None, Header()] = None,
) -> str:
    if x_api_key is None or x_api_key not in keys:
        raise HTTPException(
            status_code=401,
            detail="Invalid or missing API key",
        )
    return keys[x_api_key]


class Pagination:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
        offset: Annotated[int, Query(ge=0)] = 0,
    ):
        self.limit = limit
        self.offset = offset

    def page(self, rows: list, client: str) -> dict:
        return {
            "client": client,
            "limit": self.limit,
            "offset": self.offset,
            "items": rows[self.offset:self.offset + self.limit],
        }


Client = Annotated[str, Depends(require_client)]
Page = Annotated[Pagination, Depends()]


@app.get("/products")
def list_products(client: Client, page: Page):
    return page.page(PRODUCTS, client)


@app.get("/suppliers")
def list_suppliers(client: Client, page: Page):
    return page.page(SUPPLIERS, client)
