import uuid

import pytest
from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def unique_title():
    """A title no other test has imported."""
    return f"Book {uuid.uuid4().hex[:8]}"


def upload(content, source="tests", name="books.csv"):
    return client.post("/imports", data={"source": source}, files={"file": (name, content, "text/csv")})


def exported_lines():
    response = client.get("/books.csv")
    assert response.status_code == 200
    return response.text.splitlines()


def test_import_answers_201_with_source_and_count():
    """POST /imports answers 201 with {"source": <the form field>, "imported": <number of books in this file>}, however many books earlier imports added."""
    assert upload(f"title,pages\n{unique_title()},5\n".encode()).status_code == 201
    first, second, third = unique_title(), unique_title(), unique_title()
    response = upload(f"title,pages\n{first},100\n{second},200\n{third},300\n".encode(), source="branch-7")
    assert response.status_code == 201
    assert response.json() == {"source": "branch-7", "imported": 3}


def test_imported_books_are_exported_in_file_order():
    """After an import, GET /books.csv lists its books as "title,pages" lines, in file order, after the books imported before."""
    first, second = unique_title(), unique_title()
    before = exported_lines()
    assert upload(f"title,pages\n{first},412\n{second},7\n".encode()).status_code == 201
    after = exported_lines()
    assert after[: len(before)] == before
    assert after[len(before) :] == [f"{first},412", f"{second},7"]


def test_export_is_a_csv_stream():
    """GET /books.csv answers 200 text/csv starting with the line title,pages, sent as a stream (StreamingResponse, so no content-length is known in advance)."""
    upload(f"title,pages\n{unique_title()},1\n".encode())
    response = client.get("/books.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0] == "title,pages"
    assert "content-length" not in response.headers


@pytest.mark.parametrize("missing", ["file", "source"], ids=["no-file", "no-source"])
def test_missing_part_answers_422_naming_it(missing):
    """A form without the file part `file`, or without the field `source`, answers 422 naming ["body", "file"] or ["body", "source"]."""
    data = {} if missing == "source" else {"source": "tests"}
    files = {} if missing == "file" else {"file": ("books.csv", b"title,pages\nA,1\n", "text/csv")}
    response = client.post("/imports", data=data, files=files or None)
    assert response.status_code == 422
    assert ["body", missing] in [list(error["loc"]) for error in response.json()["detail"]]


def test_file_over_64_kib_answers_413_and_imports_nothing():
    """A file larger than 65,536 bytes answers 413 {"detail": "File too large"} and adds no book, even though its rows are good."""
    title = unique_title()
    rows = f"title,pages\n{title},1\n" + "".join(f"{title}-{n},1\n" for n in range(6000))
    assert len(rows.encode()) > 65536
    response = upload(rows.encode())
    assert response.status_code == 413
    assert response.json() == {"detail": "File too large"}
    assert not any(line.startswith(title) for line in exported_lines())


def test_file_of_exactly_64_kib_is_imported():
    """A file of exactly 65,536 bytes is not too large: it is imported."""
    head = f"title,pages\n{unique_title()},1\n"
    filler_title = "x" * (65536 - len(head.encode()) - len(",1\n"))
    content = (head + f"{filler_title},1\n").encode()
    assert len(content) == 65536
    response = upload(content)
    assert response.status_code == 201
    assert response.json()["imported"] == 2


@pytest.mark.parametrize(
    "bad_pages",
    ["12.5", "-3", "", "many"],
    ids=["decimal", "negative", "empty", "word"],
)
def test_bad_pages_answers_400_naming_the_row_and_imports_nothing(bad_pages):
    """A row whose pages is not a whole number in digits answers 400 {"detail": "Row <n>: pages must be a whole number"}, counting the header as row 1, and imports none of the file's books, not even the good rows before it."""
    good = unique_title()
    response = upload(f"title,pages\n{good},10\n{unique_title()},{bad_pages}\n".encode())
    assert response.status_code == 400
    assert response.json() == {"detail": "Row 3: pages must be a whole number"}
    assert not any(line.startswith(good) for line in exported_lines())


def test_missing_pages_column_answers_400():
    """A row without a pages value at all (a missing column) is a bad row too: 400 naming it."""
    response = upload(f"title,pages\n{unique_title()}\n".encode())
    assert response.status_code == 400
    assert response.json() == {"detail": "Row 2: pages must be a whole number"}


def test_first_bad_row_is_named():
    """With several bad rows, the detail names the first one."""
    response = upload(f"title,pages\n{unique_title()},1\n{unique_title()},x\n{unique_title()},y\n".encode())
    assert response.status_code == 400
    assert response.json() == {"detail": "Row 3: pages must be a whole number"}
