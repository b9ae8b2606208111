from fastapi import FastAPI, WebSocket, WebSocketDisconnect, status

app = FastAPI()

# Each room's name, and the connections in it in the order they joined.
rooms: dict[str, list[WebSocket]] = {}


async def broadcast(room: str, message: dict) -> None:
    # TODO: send `message` as JSON to every connection in `room`.
    pass


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str, name: str | None = None):
    # TODO: close with code 1008 (status.WS_1008_POLICY_VIOLATION) when
    #       name is missing or empty, before accepting.
    await websocket.accept()
    # TODO: add the connection to its room and announce {"joined": name}.
    try:
        while True:
            text = await websocket.receive_text()
            # TODO: broadcast {"from": name, "text": text} to the room
            #       instead of answering only this connection.
            await websocket.send_json({"from": name, "text": text})
    except WebSocketDisconnect:
        # TODO: take the connection out of its room and announce {"left": name}.
        pass
