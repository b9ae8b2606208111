"""The `httpx2_jsfetch` module that httpx2 imports under Emscripten.

On Emscripten httpx2 sends requests through the browser's `fetch`, with
transports from `httpx2_jsfetch` (not packaged by Debian). The sandbox has no
network: its transports are there so that `import httpx2` (and Starlette's
TestClient, built on it) works, and refuse every request with the error a
failed connection gives. Requests to an app under test go through the test
client's own transport and never reach these.
"""

import sys
import types

MESSAGE = "the Python sandbox has no network: call your app through its test client instead"


class JavascriptFetchTransport:
    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def handle_request(self, request):
        import httpx2

        raise httpx2.ConnectError(MESSAGE, request=request)

    def close(self):
        pass


class AsyncJavascriptFetchTransport:
    def __init__(self, *args, **kwargs):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.aclose()

    async def handle_async_request(self, request):
        import httpx2

        raise httpx2.ConnectError(MESSAGE, request=request)

    async def aclose(self):
        pass


def install():
    """Registers the module before anything imports httpx2."""
    if "httpx2_jsfetch" in sys.modules:
        return
    module = types.ModuleType("httpx2_jsfetch", __doc__)
    module.JavascriptFetchTransport = JavascriptFetchTransport
    module.AsyncJavascriptFetchTransport = AsyncJavascriptFetchTransport
    module.__all__ = ["JavascriptFetchTransport", "AsyncJavascriptFetchTransport"]
    sys.modules["httpx2_jsfetch"] = module
