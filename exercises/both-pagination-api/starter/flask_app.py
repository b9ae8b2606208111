from flask import Flask, request

app = Flask(__name__)

ITEMS = [{"id": i, "name": f"Product {i}"} for i in range(1, 24)]
MAX_SIZE = 50


@app.get("/items")
def list_items():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 10))
    # TODO: page must be a whole number >= 1, size from 1 to MAX_SIZE;
    #       otherwise 422 {"detail": [{"loc": ["query", name], "msg": ...}]}
    # TODO: answer only the requested page, and send X-Total-Count
    return {"page": page, "size": size, "items": ITEMS}
