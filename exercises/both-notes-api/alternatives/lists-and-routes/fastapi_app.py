# Notes in a list (ids are positions + 1), an APIRouter, Field(default_factory=list).
from typing import Annotated

from fastapi import APIRouter, FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

router = APIRouter(prefix="/notes")
notes: list[dict] = []


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=200)
    tags: list[str] = Field(default_factory=list)


@router.post("", status_code=201)
def create_note(note: NoteIn):
    notes.append({"id": len(notes) + 1, "text": note.text, "tags": note.tags})
    return notes[-1]


@router.get("")
def list_notes(tag: Annotated[str | None, Query()] = None):
    return [note for note in notes if tag is None or tag in note["tags"]]


@router.get("/{note_id}")
def read_note(note_id: int):
    if not 1 <= note_id <= len(notes):
        raise HTTPException(404, "Note not found")
    return notes[note_id - 1]


app = FastAPI()
app.include_router(router)
