from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Plant Shop", version="1.0.0")

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


@app.get(
    "/plants",
    summary="List plants",
    response_model=list[PlantOut],
)
def list_plants():
    return list(PLANTS.values())


@app.get(
    "/plants/{plant_id}",
    tags=["plants"],
    summary="Get one plant",
    response_model=PlantOut,
    responses={404: {"description": "Plant not found"}},
)
def read_plant(plant_id: int):
    """Look up one plant by its id; the price is the shop's selling price."""
    if plant_id not in PLANTS:
        raise HTTPException(status_code=404, detail="Plant not found")
    return PLANTS[plant_id]


@app.post(
    "/plants",
    tags=["plants"],
    summary="Add a plant",
    response_model=PlantOut,
    status_code=201,
)
def add_plant(plant: PlantIn):
    new_id = max(PLANTS) + 1
    PLANTS[new_id] = {
        "id": new_id, "name": plant.name, "price": plant.price,
        "supplier_cost": round(plant.price / 2, 2),
    }
    return PLANTS[new_id]


@app.get("/health", include_in_schema=False)
def health():
    return {"status": "ok"}
