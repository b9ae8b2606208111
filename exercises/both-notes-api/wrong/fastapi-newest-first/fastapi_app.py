from itertools import count
from typing import Annotated

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

notes: dict[int, dict] = {}
next_id = count(1)


class NoteIn(BaseModel):
    text: Annotated[str, Field(min_length=1, max_length=200)]
    tags: list[str] = []


class Note(NoteIn):
    id: int


@app.post("/notes", status_code=201)
def create_note(note: NoteIn) -> Note:
    stored = Note(id=next(next_id), text=note.text, tags=note.tags)
    notes[stored.id] = stored
    return stored


@app.get("/notes")
def list_notes(tag: str | None = None) -> list[Note]:
    return [n for n in reversed(notes.values()) if tag is None or tag in n.tags]


@app.get("/notes/{note_id}")
def read_note(note_id: int) -> Note:
    if note_id not in notes:
        raise HTTPException(status_code=404, detail="Note not found")
    return notes[note_id]
