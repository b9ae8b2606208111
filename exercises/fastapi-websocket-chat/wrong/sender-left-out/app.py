from fastapi import FastAPI, WebSocket, WebSocketDisconnect, status

app = FastAPI()

# Each room's name, and the connections in it in the order they joined.
rooms: dict[str, list[WebSocket]] = {}


async def broadcast(room: str, message: dict) -> None:
    # A copy: another connection may join or leave while this one awaits.
    for connection in list(rooms.get(room, [])):
        await connection.send_json(message)


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str, name: str | None = None):
    if not name:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
    rooms.setdefault(room, []).append(websocket)
    await broadcast(room, {"joined": name})
    try:
        while True:
            text = await websocket.receive_text()
            for connection in list(rooms[room]):
                if connection is not websocket:
                    await connection.send_json({"from": name, "text": text})
    except WebSocketDisconnect:
        rooms[room].remove(websocket)
        await broadcast(room, {"left": name})
