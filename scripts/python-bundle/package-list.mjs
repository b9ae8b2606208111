// The Python packages the container ships, by Debian binary package.
// `pin.mjs` resolves each to an exact Debian forky version and writes
// manifest.json; `build.mjs` only ever installs what manifest.json pins.

/** @type {{ name: string; debian: string; why: string }[]} */
export const PACKAGE_LIST = [
  { name: "flask", debian: "python3-flask", why: "lesson framework" },
  { name: "werkzeug", debian: "python3-werkzeug", why: "Flask's WSGI toolkit and test client" },
  { name: "jinja2", debian: "python3-jinja2", why: "Flask templates" },
  { name: "markupsafe", debian: "python3-markupsafe", why: "Jinja2 escaping (native _speedups dropped, its pure fallback is used)" },
  { name: "itsdangerous", debian: "python3-itsdangerous", why: "Flask sessions" },
  { name: "click", debian: "python3-click", why: "Flask CLI (imported by Flask)" },
  { name: "blinker", debian: "python3-blinker", why: "Flask signals" },
  { name: "flask-sqlalchemy", debian: "python3-flask-sqlalchemy", why: "Flask + SQLAlchemy (persistence lessons)" },
  { name: "flask-login", debian: "python3-flask-login", why: "Flask sessions for signed-in users" },
  { name: "fastapi", debian: "python3-fastapi", why: "lesson framework" },
  { name: "annotated-doc", debian: "python3-annotated-doc", why: "imported by FastAPI" },
  { name: "opentelemetry-api", debian: "python3-opentelemetry-api", why: "imported by FastAPI (its telemetry hooks; nothing is exported)" },
  { name: "starlette", debian: "python3-starlette", why: "FastAPI's ASGI toolkit and TestClient" },
  { name: "pydantic", debian: "python3-pydantic", why: "FastAPI models (Pydantic 2)" },
  {
    name: "pydantic-core",
    debian: "python3-pydantic-core",
    why: "its pure-Python __init__.py and core_schema.py; the native module is replaced by pure-pydantic-core",
  },
  { name: "pydantic-settings", debian: "python3-pydantic-settings", why: "settings from the environment (FastAPI's configuration pattern)" },
  { name: "python-dotenv", debian: "python3-dotenv", why: "pydantic-settings' .env files" },
  { name: "typing-extensions", debian: "python3-typing-extensions", why: "Pydantic, FastAPI, SQLAlchemy" },
  { name: "typing-inspection", debian: "python3-typing-inspection", why: "Pydantic, FastAPI" },
  { name: "annotated-types", debian: "python3-annotated-types", why: "Pydantic constraints" },
  { name: "email-validator", debian: "python3-email-validator", why: "Pydantic's EmailStr" },
  { name: "dnspython", debian: "python3-dnspython", why: "email-validator (deliverability checks are never made: no network)" },
  { name: "sqlmodel", debian: "python3-sqlmodel", why: "FastAPI + SQLAlchemy models (persistence lessons)" },
  { name: "sqlalchemy", debian: "python3-sqlalchemy", why: "ORM and Core on SQLite (Debian's arch-all package has no C extensions)" },
  { name: "pyjwt", debian: "python3-jwt", why: "JSON Web Tokens (FastAPI's OAuth2 lessons)" },
  { name: "passlib", debian: "python3-passlib", why: "password hashing: sha512_crypt in pure Python (lesson 11); its pbkdf2, scrypt, bcrypt and argon2 schemes have no backend here (no OpenSSL hashlib, no C extensions)" },
  { name: "anyio", debian: "python3-anyio", why: "Starlette's async layer" },
  { name: "sniffio", debian: "python3-sniffio", why: "AnyIO and HTTPX tell asyncio from trio with it" },
  { name: "idna", debian: "python3-idna", why: "AnyIO, HTTPX, email-validator" },
  { name: "httpx2", debian: "python3-httpx2", why: "Starlette 1.x's TestClient" },
  { name: "httpcore2", debian: "python3-httpcore2", why: "httpx2" },
  { name: "truststore", debian: "python3-truststore", why: "httpcore2 (imported; TLS is never used: no network)" },
  { name: "httpx", debian: "python3-httpx", why: "httpx.AsyncClient + ASGITransport (FastAPI's async tests)" },
  { name: "httpcore", debian: "python3-httpcore", why: "HTTPX" },
  { name: "h11", debian: "python3-h11", why: "httpcore, httpcore2" },
  { name: "certifi", debian: "python3-certifi", why: "HTTPX (never used: no network)" },
  { name: "python-multipart", debian: "python3-python-multipart", why: "FastAPI Form() and File()" },
  { name: "pytest", debian: "python3-pytest", why: "grading" },
  { name: "iniconfig", debian: "python3-iniconfig", why: "pytest" },
  { name: "pluggy", debian: "python3-pluggy", why: "pytest" },
  { name: "packaging", debian: "python3-packaging", why: "pytest" },
  { name: "pygments", debian: "python3-pygments", why: "pytest 9 imports it for its terminal writer" },
];

/**
 * Dependencies that Debian declares and the bundle leaves out on purpose,
 * with the reason. pin.mjs fails when a listed package depends on something
 * that is neither in PACKAGE_LIST nor here, so a new dependency is never
 * dropped silently.
 * @type {Record<string, string>}
 */
export const EXCLUDED_DEPENDENCIES = {
  python3: "the interpreter is Pyodide's CPython",
  "python3:any": "the interpreter is Pyodide's CPython",
  "python3-supported-min": "Pyodide's CPython is 3.14",
  libc6: "only needed by native extensions, which are dropped",
  "libgcc-s1": "only needed by native extensions, which are dropped",
  "ca-certificates": "no network, no TLS",
  netbase: "no network",
  "libjs-sphinxdoc": "documentation only",
  "python3-uvicorn": "a server; tests drive apps through their test clients",
  "python3-greenlet": "native; SQLAlchemy needs it only for its asyncio extension",
  "python3-legacycrypt": "only for passlib's legacy crypt(3) schemes",
  "python3-rich": "HTTPX's command line",
  "python3-importlib-metadata": "the standard library's importlib.metadata is used",
};

/**
 * Files never copied into the bundle. Native x86_64 extensions cannot load in
 * wasm; every package that has one has a pure-Python fallback (MarkupSafe)
 * or its native module replaced (pydantic-core). Type stubs of a native
 * module describe what the pure package now provides.
 */
export const DROPPED_FILE_PATTERNS = [
  /(^|\/)__pycache__\//,
  /\.so$/,
  /^pydantic_core\/_pydantic_core\.pyi$/,
];

/** Where the project's pure-Python replacement of pydantic-core's native module lives, relative to the repository. */
export const PURE_PYDANTIC_CORE_SOURCE = "pure-pydantic-core/src/pydantic_core/_pydantic_core";

/**
 * What the bundle ships bytecode for (compiling all of it would triple the
 * download): the modules that importing these pulls in, plus every module
 * of these packages (pytest loads its built-in plugins one by one).
 * A module left out still works; Python compiles it when it is imported.
 */
export const BYTECODE_IMPORTS = [
  "pytest", "flask", "werkzeug.exceptions", "flask.sessions", "jinja2",
  "fastapi", "fastapi.testclient", "fastapi.responses", "fastapi.security", "fastapi.middleware.cors",
  "fastapi.encoders", "fastapi.exceptions", "starlette.testclient", "starlette.exceptions",
  "pydantic", "pydantic.networks", "pydantic_settings", "email_validator",
  "httpx", "httpx2", "anyio", "python_multipart",
  "sqlalchemy", "sqlalchemy.orm", "sqlalchemy.pool", "sqlalchemy.dialects.sqlite", "sqlmodel",
  "flask_sqlalchemy", "flask_login", "jwt", "passlib.context", "passlib.handlers.sha2_crypt",
];
export const BYTECODE_WHOLE_PACKAGES = ["_pytest", "pluggy"];
