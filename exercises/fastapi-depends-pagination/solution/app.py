from typing import Annotated

from fastapi import Depends, FastAPI, Query

app = FastAPI()

BOOKS = [{"id": i, "title": f"Book {i}"} for i in range(1, 26)]
AUTHORS = [{"id": i, "name": f"Author {i}"} for i in range(1, 13)]


class Pagination:
    """Reads ?limit= and ?offset= with their rules, for any list endpoint."""

    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
        offset: Annotated[int, Query(ge=0)] = 0,
    ):
        self.limit = limit
        self.offset = offset

    def apply(self, rows: list) -> dict:
        return {
            "items": rows[self.offset:self.offset + self.limit],
            "total": len(rows),
            "limit": self.limit,
            "offset": self.offset,
        }


Page = Annotated[Pagination, Depends()]


@app.get("/books")
def list_books(page: Page):
    return page.apply(BOOKS)


@app.get("/authors")
def list_authors(page: Page):
    return page.apply(AUTHORS)
