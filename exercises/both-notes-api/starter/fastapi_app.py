from itertools import count
from typing import Annotated

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

notes: dict[int, dict] = {}
next_id = count(1)


# TODO: a NoteIn model: text (1-200 characters), tags (list of str, default [])


# TODO: POST /notes -> 201 with the note and its id
# TODO: GET /notes (optional ?tag=) and GET /notes/{note_id} (404 if unknown)
