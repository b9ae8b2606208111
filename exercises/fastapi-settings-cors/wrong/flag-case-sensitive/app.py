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


def env_flag(name: str) -> bool:
    # Environment variables are text: "false" and "0" are non-empty strings.
    return os.environ.get(name, "") in {"1", "true", "yes", "on"}


@lru_cache
def get_settings() -> Settings:
    origins = os.environ.get("ALLOWED_ORIGINS", "https://notes.example")
    return Settings(
        app_name=os.environ.get("APP_NAME", "Notes API"),
        allowed_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
        maintenance=env_flag("MAINTENANCE"),
    )


SettingsDep = Annotated[Settings, Depends(get_settings)]


def check_open(settings: SettingsDep) -> None:
    if settings.maintenance:
        raise HTTPException(status_code=503, detail="Down for maintenance")


app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=list(get_settings().allowed_origins),
    allow_methods=["GET"],
    allow_headers=["Content-Type"],
)


@app.get("/info")
def info(settings: SettingsDep):
    return {"app": settings.app_name, "maintenance": settings.maintenance}


@app.get("/notes", dependencies=[Depends(check_open)])
def list_notes():
    return {"notes": NOTES}
