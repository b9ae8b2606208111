from fastapi import FastAPI, WebSocket, WebSocketDisconnect, status

app = FastAPI()

# Every connection, whatever its room, in the order they joined.
connections: list[WebSocket] = []


async def broadcast(message: dict) -> None:
    # A copy: another connection may join or leave while this one awaits.
    for connection in list(connections):
        await connection.send_json(message)


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str, name: str | None = None):
    if not name:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
    connections.append(websocket)
    await broadcast({"joined": name})
    try:
        while True:
            text = await websocket.receive_text()
            await broadcast({"from": name, "text": text})
    except WebSocketDisconnect:
        connections.remove(websocket)
        await broadcast({"left": name})
