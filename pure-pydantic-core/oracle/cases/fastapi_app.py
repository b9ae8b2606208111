"""FastAPI on top of the core: request bodies, query/path parameters, response models, 422 bodies."""

from typing import Optional

from fastapi import FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel, EmailStr, Field


class ItemIn(BaseModel):
    name: str = Field(min_length=1)
    price: float = Field(gt=0)
    tags: list[str] = []
    description: Optional[str] = None


class ItemOut(BaseModel):
    id: int
    name: str
    price: float
    tags: list[str]


class User(BaseModel):
    email: EmailStr
    age: int


app = FastAPI()


@app.post('/items', response_model=ItemOut, status_code=201)
def create_item(item: ItemIn):
    return {'id': 1, 'secret': 'x', **item.model_dump()}


@app.get('/items/{item_id}')
def read_item(item_id: int, q: Optional[str] = None, limit: int = Query(10, le=100)):
    return {'item_id': item_id, 'q': q, 'limit': limit}


@app.post('/users')
def create_user(user: User):
    return user


def _request(o, label, method, url, **kwargs):
    client = TestClient(app)

    def call():
        response = client.request(method, url, **kwargs)
        return response.status_code, response.content

    o.call(label, call)


def case_fastapi(o):
    _request(o, 'create ok', 'POST', '/items', json={'name': 'pen', 'price': 1.5, 'tags': ['a']})
    _request(o, 'create invalid', 'POST', '/items', json={'name': '', 'price': -1, 'tags': 'x'})
    _request(o, 'create missing', 'POST', '/items', json={})
    _request(o, 'create not json', 'POST', '/items', content=b'{bad', headers={'content-type': 'application/json'})
    _request(o, 'read ok', 'GET', '/items/3?q=x&limit=5')
    _request(o, 'read invalid', 'GET', '/items/abc?limit=500')
    _request(o, 'user ok', 'POST', '/users', json={'email': 'a@example.com', 'age': '3'})
    _request(o, 'user invalid', 'POST', '/users', json={'email': 'nope', 'age': 'x'})
    _request(o, 'openapi', 'GET', '/openapi.json')
