from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/health")
def health():
    # TODO: add the Cache-Control: no-store header
    # TODO: ?verbose=true adds "framework": "fastapi"
    return {"status": "ok"}
