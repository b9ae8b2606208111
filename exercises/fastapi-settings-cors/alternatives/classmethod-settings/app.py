# Settings built by a classmethod from a mapping, the maintenance check
# inside the endpoint.
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

NOTES = [{"id": 1, "text": "Buy milk"}, {"id": 2, "text": "Call Ada"}]


TRUE_WORDS = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Settings:
    app_name: str = "Notes API"
    allowed_origins: tuple = ("https://notes.example",)
    maintenance: bool = False

    @classmethod
    def from_environment(cls, env=os.environ) -> "Settings":
        origins = [part.strip() for part in env.get("ALLOWED_ORIGINS", "").split(",")]
        return cls(
            app_name=env.get("APP_NAME") or cls.app_name,
            allowed_origins=tuple(o for o in origins if o) or cls.allowed_origins,
            maintenance=env.get("MAINTENANCE", "").strip().lower() in TRUE_WORDS,
        )


@lru_cache
def get_settings() -> Settings:
    return Settings.from_environment()


SettingsDep = Annotated[Settings, Depends(get_settings)]


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


@app.get("/notes")
def list_notes(settings: SettingsDep):
    if settings.maintenance:
        raise HTTPException(503, "Down for maintenance")
    return {"notes": NOTES}
