from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from app import app, get_now


@pytest.fixture
def at():
    """Sets the app's clock for one test: at(datetime(...)) -> a TestClient."""
    def set_clock(moment):
        app.dependency_overrides[get_now] = lambda: moment
        return TestClient(app)

    yield set_clock
    app.dependency_overrides.clear()


MONDAY = (2026, 3, 2)    # a Monday
SATURDAY = (2026, 3, 7)


@pytest.mark.parametrize(
    ("hour", "minute", "greeting"),
    [(8, 0, "Good morning"), (11, 59, "Good morning"), (12, 0, "Good afternoon"),
     (17, 59, "Good afternoon"), (18, 0, "Good evening"), (2, 30, "Good evening"),
     (4, 59, "Good evening"), (5, 0, "Good morning")],
    ids=["8h00", "11h59", "12h00", "17h59", "18h00", "2h30", "4h59", "5h00"],
)
def test_greeting_follows_the_clock(at, hour, minute, greeting):
    """GET /greeting uses the time from get_now: morning 5:00-11:59, afternoon 12:00-17:59, evening otherwise, with the hour."""
    response = at(datetime(*MONDAY, hour, minute)).get("/greeting")
    assert response.status_code == 200
    assert response.json() == {"greeting": greeting, "hour": hour}


@pytest.mark.parametrize(
    ("day", "hour", "is_open"),
    [(MONDAY, 9, True), (MONDAY, 17, True), (MONDAY, 8, False), (MONDAY, 18, False), (SATURDAY, 10, False)],
    ids=["monday-9h00", "monday-17h00", "monday-8h00", "monday-18h00", "saturday-10h00"],
)
def test_shop_hours(at, day, hour, is_open):
    """GET /shop/status answers {"open": true} Monday to Friday from 9:00 to 17:59, {"open": false} otherwise."""
    response = at(datetime(*day, hour, 0)).get("/shop/status")
    assert response.status_code == 200
    assert response.json() == {"open": is_open}


def test_real_clock_without_override():
    """Without an override, GET /greeting still works with the real clock."""
    app.dependency_overrides.clear()
    response = TestClient(app).get("/greeting")
    assert response.status_code == 200
    assert 0 <= response.json()["hour"] <= 23
