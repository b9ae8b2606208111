import pytest
from fastapi import WebSocketDisconnect
from fastapi.testclient import TestClient

from app import app

# Every receive below has a message coming, from the right answer and from
# the known wrong ones: a test that waited for a message that never comes
# would hang until the time limit instead of saying what is wrong. So each
# test sends something before it waits wherever an answer could stay silent.


@pytest.fixture
def client():
    # As a context manager, the client runs every connection on one event
    # loop, as a server does.
    with TestClient(app) as client:
        yield client


def join(client, room, name):
    return client.websocket_connect(f"/ws/{room}?name={name}")


@pytest.mark.parametrize("path", ["/ws/lobby", "/ws/lobby?name="], ids=["missing", "empty"])
def test_missing_or_empty_name_is_closed_with_1008(client, path):
    """Connecting without a name, or with an empty one, closes the connection with code 1008 (policy violation)."""
    with pytest.raises(WebSocketDisconnect) as closed:
        with client.websocket_connect(path) as websocket:
            websocket.send_text("hello")
            websocket.receive_json()
    assert closed.value.code == 1008


def test_everyone_in_the_room_hears_who_joins(client):
    """Everyone in the room, the newcomer included, receives {"joined": name} when someone joins."""
    with join(client, "join-room", "ada") as ada, join(client, "join-room", "bob") as bob:
        ada.send_text("hi")
        assert ada.receive_json() == {"joined": "ada"}
        assert ada.receive_json() == {"joined": "bob"}
        assert bob.receive_json() == {"joined": "bob"}


def test_the_sender_receives_its_own_message(client):
    """A message comes back to its sender as {"from": name, "text": text}, like everyone else's."""
    with join(client, "echo-room", "ada") as ada:
        ada.send_text("anyone here?")
        with join(client, "echo-room", "bob"):
            assert ada.receive_json() == {"joined": "ada"}
            assert ada.receive_json() == {"from": "ada", "text": "anyone here?"}
            assert ada.receive_json() == {"joined": "bob"}


def test_a_message_reaches_everyone_in_the_room(client):
    """With three connections in a room, a message from one reaches the other two as {"from": name, "text": text}."""
    with join(client, "three-room", "bob") as bob, join(client, "three-room", "cy") as cy, join(client, "three-room", "ada") as ada:
        ada.send_text("hello, both")
        bob.send_text("hi, ada")
        assert bob.receive_json() == {"joined": "bob"}
        assert bob.receive_json() == {"joined": "cy"}
        assert bob.receive_json() == {"joined": "ada"}
        assert bob.receive_json() == {"from": "ada", "text": "hello, both"}
        assert cy.receive_json() == {"joined": "cy"}
        assert cy.receive_json() == {"joined": "ada"}
        assert cy.receive_json() == {"from": "ada", "text": "hello, both"}
        assert cy.receive_json() == {"from": "bob", "text": "hi, ada"}


def test_the_room_hears_who_left(client):
    """When a connection closes, the others in its room receive {"left": name}."""
    with join(client, "leave-room", "ada") as ada:
        with join(client, "leave-room", "bob"):
            pass
        ada.send_text("bob?")
        assert ada.receive_json() == {"joined": "ada"}
        assert ada.receive_json() == {"joined": "bob"}
        assert ada.receive_json() == {"left": "bob"}


def test_rooms_are_separate(client):
    """Messages and announcements stay in their room: a connection in another room hears none of them."""
    with join(client, "red", "ada") as ada, join(client, "blue", "cy") as cy, join(client, "red", "bob"):
        ada.send_text("red only")
        assert ada.receive_json() == {"joined": "ada"}
        assert ada.receive_json() == {"joined": "bob"}
        with join(client, "blue", "dee"):
            assert cy.receive_json() == {"joined": "cy"}
            assert cy.receive_json() == {"joined": "dee"}
