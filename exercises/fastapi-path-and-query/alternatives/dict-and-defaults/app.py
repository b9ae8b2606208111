# Films in a dict by id, the rules written as Query()/Path() defaults (the
# older style, still valid), the filters applied one after the other.
from fastapi import FastAPI, HTTPException, Path, Query

app = FastAPI()

FILMS = {
    1: {"id": 1, "title": "Metropolis", "genre": "scifi", "year": 1927},
    2: {"id": 2, "title": "Casablanca", "genre": "drama", "year": 1942},
    3: {"id": 3, "title": "Rashomon", "genre": "drama", "year": 1950},
    4: {"id": 4, "title": "Solaris", "genre": "scifi", "year": 1972},
    5: {"id": 5, "title": "Alien", "genre": "scifi", "year": 1979},
    6: {"id": 6, "title": "Amadeus", "genre": "drama", "year": 1984},
    7: {"id": 7, "title": "Akira", "genre": "animation", "year": 1988},
    8: {"id": 8, "title": "Spirited Away", "genre": "animation", "year": 2001},
}


@app.get("/films")
def list_films(
    limit: int = Query(5, ge=1, le=20),
    offset: int = Query(0, ge=0),
    genre: str | None = Query(None),
    since: int | None = Query(None, ge=1888),
):
    films = list(FILMS.values())
    if genre is not None:
        films = [film for film in films if film["genre"] == genre]
    if since is not None:
        films = [film for film in films if film["year"] >= since]
    return {"total": len(films), "films": films[offset:][:limit]}


@app.get("/films/{film_id}")
def read_film(film_id: int = Path(gt=0)):
    if film_id not in FILMS:
        raise HTTPException(404, "Film not found")
    return FILMS[film_id]
