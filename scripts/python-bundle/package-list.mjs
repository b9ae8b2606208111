// The Python packages the container ships, by Debian binary package.
// `pin.mjs` resolves each to an exact trixie version and writes manifest.json;
// `build.mjs` only ever installs what manifest.json pins.

/** @type {{ name: string; debian: string; why: string }[]} */
export const PACKAGE_LIST = [
  { name: "flask", debian: "python3-flask", why: "lesson framework" },
  { name: "werkzeug", debian: "python3-werkzeug", why: "Flask's WSGI toolkit and test client" },
  { name: "jinja2", debian: "python3-jinja2", why: "Flask templates" },
  { name: "markupsafe", debian: "python3-markupsafe", why: "Jinja2 escaping (native _speedups dropped)" },
  { name: "itsdangerous", debian: "python3-itsdangerous", why: "Flask sessions" },
  { name: "click", debian: "python3-click", why: "Flask CLI (imported by Flask)" },
  { name: "blinker", debian: "python3-blinker", why: "Flask signals" },
  { name: "fastapi", debian: "python3-fastapi", why: "lesson framework" },
  { name: "starlette", debian: "python3-starlette", why: "FastAPI's ASGI toolkit and TestClient" },
  { name: "pydantic", debian: "python3-pydantic", why: "FastAPI models (Pydantic 2)" },
  { name: "pydantic-core", debian: "python3-pydantic-core", why: "pure-Python part of pydantic-core; the wasm .so comes from vendor/wasm-extensions" },
  { name: "typing-extensions", debian: "python3-typing-extensions", why: "Pydantic, FastAPI" },
  { name: "annotated-types", debian: "python3-annotated-types", why: "Pydantic constraints" },
  { name: "anyio", debian: "python3-anyio", why: "Starlette's async layer" },
  { name: "sniffio", debian: "python3-sniffio", why: "AnyIO" },
  { name: "idna", debian: "python3-idna", why: "AnyIO, HTTPX" },
  { name: "httpx", debian: "python3-httpx", why: "Starlette's TestClient" },
  { name: "httpcore", debian: "python3-httpcore", why: "HTTPX" },
  { name: "h11", debian: "python3-h11", why: "httpcore" },
  { name: "certifi", debian: "python3-certifi", why: "HTTPX (never used: no network)" },
  { name: "python-multipart", debian: "python3-python-multipart", why: "FastAPI Form() and File()" },
  { name: "pytest", debian: "python3-pytest", why: "grading" },
  { name: "iniconfig", debian: "python3-iniconfig", why: "pytest" },
  { name: "pluggy", debian: "python3-pluggy", why: "pytest" },
  { name: "packaging", debian: "python3-packaging", why: "pytest" },
];

/**
 * Files never copied into the bundle. Native x86_64 extensions cannot load in
 * wasm; every package listed here has a pure-Python fallback or a wasm build.
 */
export const DROPPED_FILE_PATTERNS = [
  /(^|\/)__pycache__\//,
  /\.so$/,
];

/** Pydantic must be paired with exactly the pydantic-core it was released with. */
export const PYDANTIC_CORE_EXTENSION = "_pydantic_core";
