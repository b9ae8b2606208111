from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_import_answers_201_with_the_count():
    """POST /imports with a CSV file and a source answers 201 with the source and the number of books."""
    response = client.post(
        "/imports",
        data={"source": "branch-1"},
        files={"file": ("books.csv", b"title,pages\nDune,412\nEmma,474\n", "text/csv")},
    )
    assert response.status_code == 201
    assert response.json() == {"source": "branch-1", "imported": 2}


def test_export_starts_with_the_header():
    """GET /books.csv answers text/csv whose first line is title,pages."""
    response = client.get("/books.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0] == "title,pages"
