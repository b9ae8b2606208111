# A class that owns the rooms, and a validated query parameter: FastAPI
# itself closes with 1008 when `name` is missing or empty.
from collections import defaultdict
from typing import Annotated

from fastapi import FastAPI, Query, WebSocket, WebSocketDisconnect

app = FastAPI()


class ConnectionManager:
    def __init__(self) -> None:
        self.rooms: defaultdict[str, list[WebSocket]] = defaultdict(list)

    async def join(self, room: str, websocket: WebSocket) -> None:
        await websocket.accept()
        self.rooms[room].append(websocket)

    def leave(self, room: str, websocket: WebSocket) -> None:
        self.rooms[room].remove(websocket)

    async def broadcast(self, room: str, message: dict) -> None:
        for connection in list(self.rooms[room]):
            await connection.send_json(message)


manager = ConnectionManager()


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str, name: Annotated[str, Query(min_length=1)]):
    await manager.join(room, websocket)
    await manager.broadcast(room, {"joined": name})
    try:
        while True:
            await manager.broadcast(room, {"from": name, "text": await websocket.receive_text()})
    except WebSocketDisconnect:
        manager.leave(room, websocket)
        await manager.broadcast(room, {"left": name})
