import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

NOTES = [{"id": 1, "text": "Buy milk"}, {"id": 2, "text": "Call Ada"}]


@dataclass(frozen=True)
class Settings:
    app_name: str = "Notes API"
    allowed_origins: tuple = ("https://notes.example",)
    maintenance: bool = False


@lru_cache
def get_settings() -> Settings:
    # TODO: read APP_NAME, ALLOWED_ORIGINS (comma-separated) and MAINTENANCE
    #       from the environment, with the defaults from the instructions.
    return Settings()


app = FastAPI()

# TODO: allow the origins from the settings to call GET endpoints
#       from a browser (CORSMiddleware).


@app.get("/info")
def info():
    # TODO: take the settings with Depends(get_settings).
    settings = Settings()
    return {"app": settings.app_name, "maintenance": settings.maintenance}


# TODO: answer 503 {"detail": "Down for maintenance"} in maintenance mode.
@app.get("/notes")
def list_notes():
    return {"notes": NOTES}
