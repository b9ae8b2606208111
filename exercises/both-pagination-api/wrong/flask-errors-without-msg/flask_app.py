from flask import Flask, request

app = Flask(__name__)

ITEMS = [{"id": i, "name": f"Product {i}"} for i in range(1, 24)]
MAX_SIZE = 50


def whole_number(name: str, default: int, low: int, high: int | None = None):
    """Returns (value, None) or (None, error) for one query parameter."""
    raw = request.args.get(name)
    if raw is None:
        return default, None
    if not (raw.isascii() and raw.isdigit()):
        return None, {"loc": ["query", name]}
    value = int(raw)
    if value < low or (high is not None and value > high):
        limits = f"at least {low}" if high is None else f"from {low} to {high}"
        return None, {"loc": ["query", name]}
    return value, None


@app.get("/items")
def list_items():
    page, page_error = whole_number("page", 1, 1)
    size, size_error = whole_number("size", 10, 1, MAX_SIZE)
    errors = [e for e in (page_error, size_error) if e]
    if errors:
        return {"detail": errors}, 422
    start = (page - 1) * size
    body = {"page": page, "size": size, "items": ITEMS[start:start + size]}
    return body, 200, {"X-Total-Count": str(len(ITEMS))}
