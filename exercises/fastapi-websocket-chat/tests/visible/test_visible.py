import pytest
from fastapi import WebSocketDisconnect
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def test_empty_name_is_refused(client):
    """/ws/lobby?name= closes the connection with code 1008."""
    with pytest.raises(WebSocketDisconnect) as closed:
        with client.websocket_connect("/ws/lobby?name=") as websocket:
            websocket.send_text("hello")
            websocket.receive_json()
    assert closed.value.code == 1008


def test_join_then_message(client):
    """Ada hears her own join, then her own message."""
    with client.websocket_connect("/ws/lobby?name=ada") as ada:
        ada.send_text("hello")
        assert ada.receive_json() == {"joined": "ada"}
        assert ada.receive_json() == {"from": "ada", "text": "hello"}
