from typing import Annotated

from fastapi import FastAPI, HTTPException, Path, Query

app = FastAPI()

FILMS = [
    {"id": 1, "title": "Metropolis", "genre": "scifi", "year": 1927},
    {"id": 2, "title": "Casablanca", "genre": "drama", "year": 1942},
    {"id": 3, "title": "Rashomon", "genre": "drama", "year": 1950},
    {"id": 4, "title": "Solaris", "genre": "scifi", "year": 1972},
    {"id": 5, "title": "Alien", "genre": "scifi", "year": 1979},
    {"id": 6, "title": "Amadeus", "genre": "drama", "year": 1984},
    {"id": 7, "title": "Akira", "genre": "animation", "year": 1988},
    {"id": 8, "title": "Spirited Away", "genre": "animation", "year": 2001},
]


@app.get("/films")
def list_films(
    limit: Annotated[int, Query(ge=1, le=20)] = 5,
    offset: int = 0,
    genre: str | None = None,
    since: Annotated[int | None, Query(ge=1888)] = None,
):
    matches = [
        film
        for film in FILMS
        if (genre is None or film["genre"] == genre)
        and (since is None or film["year"] >= since)
    ]
    return {"total": len(matches), "films": matches[offset:offset + limit]}


@app.get("/films/{film_id}")
def read_film(film_id: Annotated[int, Path(gt=0)]):
    for film in FILMS:
        if film["id"] == film_id:
            return film
    raise HTTPException(status_code=404, detail="Film not found")
