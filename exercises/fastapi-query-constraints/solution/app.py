from typing import Annotated

from fastapi import FastAPI, Query

app = FastAPI()

BOOKS = [
    {"id": 1, "title": "Fluent Python", "author": "Ramalho", "year": 2022},
    {"id": 2, "title": "Python Tricks", "author": "Bader", "year": 2017},
    {"id": 3, "title": "Clean Code", "author": "Martin", "year": 2008},
    {"id": 4, "title": "Designing Data-Intensive Applications",
     "author": "Kleppmann", "year": 2017},
    {"id": 5, "title": "The Pragmatic Programmer", "author": "Thomas",
     "year": 2019},
    {"id": 6, "title": "Learning Python", "author": "Lutz", "year": 2013},
    {"id": 7, "title": "Refactoring", "author": "Fowler", "year": 2018},
    {"id": 8, "title": "HTTP: The Definitive Guide", "author": "Gourley",
     "year": 2002},
    {"id": 9, "title": "Web Scalability for Startup Engineers",
     "author": "Ejsmont", "year": 2015},
    {"id": 10, "title": "Architecture Patterns with Python",
     "author": "Percival", "year": 2020},
    {"id": 11, "title": "RESTful Web APIs", "author": "Richardson",
     "year": 2013},
    {"id": 12, "title": "Test-Driven Development", "author": "Beck",
     "year": 2002},
]


@app.get("/books")
def list_books(
    q: Annotated[str | None, Query(min_length=2, max_length=50)] = None,
    limit: Annotated[int, Query(ge=1, le=20)] = 5,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    matches = BOOKS
    if q is not None:
        needle = q.lower()
        matches = [b for b in BOOKS if needle in b["title"].lower()]
    return {"total": len(matches), "items": matches[offset:offset + limit]}
