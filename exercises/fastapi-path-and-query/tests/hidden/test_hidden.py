import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def error_locations(response):
    """The locations named by a FastAPI 422 body, e.g. ("query", "limit")."""
    return {tuple(error["loc"]) for error in response.json()["detail"]}


def film_ids(response):
    return [film["id"] for film in response.json()["films"]]


def test_defaults_give_first_five_films(client):
    """GET /films with no parameters answers 200 with total 8 and the films with ids 1 to 5, each with id, title, genre and year."""
    response = client.get("/films")
    assert response.status_code == 200
    assert response.json()["total"] == 8
    assert film_ids(response) == [1, 2, 3, 4, 5]
    assert response.json()["films"][0] == {
        "id": 1, "title": "Metropolis", "genre": "scifi", "year": 1927,
    }


def test_limit_and_offset_page_through_the_list(client):
    """GET /films?limit=3&offset=2 skips two films and answers the next three (ids 3, 4, 5); total still counts all 8."""
    response = client.get("/films", params={"limit": 3, "offset": 2})
    assert response.status_code == 200
    assert film_ids(response) == [3, 4, 5]
    assert response.json()["total"] == 8


@pytest.mark.parametrize(
    ("params", "ids", "total"),
    [
        ({"genre": "drama"}, [2, 3, 6], 3),
        ({"since": 1979}, [5, 6, 7, 8], 4),
        ({"genre": "scifi", "since": 1950}, [4, 5], 2),
        ({"genre": "scifi", "limit": 1, "offset": 1}, [4], 3),
        ({"genre": "western"}, [], 0),
    ],
    ids=["genre", "since-is-inclusive", "both-filters", "filter-then-page", "no-match"],
)
def test_filters(client, params, ids, total):
    """genre keeps only that genre, since keeps films from that year onwards (the year itself included); filters combine, paging applies after filtering, and total counts every match."""
    response = client.get("/films", params=params)
    assert response.status_code == 200
    assert film_ids(response) == ids
    assert response.json()["total"] == total


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 21}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"since": 1800}, "since"),
    ],
    ids=["limit-zero", "limit-too-big", "limit-not-a-number", "negative-offset", "since-too-early"],
)
def test_bad_query_answers_422(client, params, name):
    """A query value that breaks its rule (limit 1-20, offset 0 or more, since 1888 or later) answers 422, and the error's "loc" is ["query", <parameter>]."""
    response = client.get("/films", params=params)
    assert response.status_code == 422
    assert ("query", name) in error_locations(response)


def test_read_one_film(client):
    """GET /films/7 answers 200 with that film; GET /films/99 answers 404 with {"detail": "Film not found"}."""
    response = client.get("/films/7")
    assert response.status_code == 200
    assert response.json() == {"id": 7, "title": "Akira", "genre": "animation", "year": 1988}
    missing = client.get("/films/99")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Film not found"}


@pytest.mark.parametrize("film_id", ["0", "-3", "abc"], ids=["zero", "negative", "not-a-number"])
def test_bad_film_id_answers_422(client, film_id):
    """A film id that is not a whole number greater than 0 answers 422 (not 404), and the error's "loc" is ["path", "film_id"]."""
    response = client.get(f"/films/{film_id}")
    assert response.status_code == 422
    assert ("path", "film_id") in error_locations(response)
