"""One SQLAlchemy 2 ORM round trip, repeated, for the bench: add a row in a
session, commit, read it back by primary key in a new session, on SQLite in
memory. The same file runs in the sandbox and natively. Prints one JSON object
(median and best milliseconds per round trip, after a warm-up)."""

import json
import statistics
import time

from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool

ROUND_TRIPS = 200


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(200))


engine = create_engine("sqlite://", poolclass=StaticPool)
Base.metadata.create_all(engine)


def round_trip(i):
    with Session(engine) as session:
        note = Note(text=f"note {i}")
        session.add(note)
        session.commit()
        key = note.id
    with Session(engine) as session:
        assert session.get(Note, key).text == f"note {i}"


for i in range(20):
    round_trip(i)
times = []
for i in range(ROUND_TRIPS):
    started = time.perf_counter()
    round_trip(i)
    times.append((time.perf_counter() - started) * 1000)
print(json.dumps({"roundTrips": ROUND_TRIPS, "medianMs": statistics.median(times), "bestMs": min(times)}))
