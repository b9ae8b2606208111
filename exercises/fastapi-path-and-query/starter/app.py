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


# TODO: add the query parameters from the instructions, with their rules:
#   limit (1-20, default 5), offset (0 or more, default 0),
#   genre (optional), since (optional, 1888 or later).
@app.get("/films")
def list_films():
    return {"total": len(FILMS), "films": FILMS}


# TODO: film_id must be greater than 0 (else 422);
#       an unknown id answers 404 {"detail": "Film not found"}.
@app.get("/films/{film_id}")
def read_film(film_id: int):
    for film in FILMS:
        if film["id"] == film_id:
            return film
