# The plant operations on an APIRouter that carries the tag, description=
# instead of a docstring, return annotations instead of response_model=.
from fastapi import APIRouter, FastAPI, HTTPException
from pydantic import BaseModel, Field

PLANTS = {
    1: {"id": 1, "name": "Fern", "price": 12.5, "supplier_cost": 4.1},
    2: {"id": 2, "name": "Cactus", "price": 8.0, "supplier_cost": 2.2},
}


class PlantIn(BaseModel):
    name: str = Field(min_length=1, max_length=40)
    price: float = Field(gt=0)


class PlantOut(BaseModel):
    id: int
    name: str
    price: float


plants = APIRouter(prefix="/plants", tags=["plants"])


@plants.get("", summary="List plants")
def list_plants() -> list[PlantOut]:
    return [PlantOut(**plant) for plant in PLANTS.values()]


@plants.get(
    "/{plant_id}",
    summary="Get one plant",
    description="One plant of the shop, by its id.",
    responses={404: {"description": "Plant not found"}},
)
def read_plant(plant_id: int) -> PlantOut:
    if plant_id not in PLANTS:
        raise HTTPException(404, "Plant not found")
    return PlantOut(**PLANTS[plant_id])


@plants.post("", summary="Add a plant", status_code=201)
def add_plant(plant: PlantIn) -> PlantOut:
    new_id = max(PLANTS) + 1
    PLANTS[new_id] = {"id": new_id, "name": plant.name, "price": plant.price, "supplier_cost": round(plant.price / 2, 2)}
    return PlantOut(**PLANTS[new_id])


app = FastAPI(title="Plant Shop", version="1.0.0")
app.include_router(plants)


@app.get("/health", include_in_schema=False)
def health():
    return {"status": "ok"}
