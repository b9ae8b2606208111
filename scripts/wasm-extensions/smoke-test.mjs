#!/usr/bin/env node
// Smoke test of the wasm extension modules in Pyodide 0.26.4 under Node.
//   node scripts/wasm-extensions/smoke-test.mjs [--artifacts DIR] [--site-packages DIR] [--allow-missing]
// --artifacts      dir with manifest.json and the .so files (default vendor/wasm-extensions)
// --site-packages  pure-Python files staged by build.sh from trixie's debs
//                  (python3-pydantic, python3-pydantic-core, python3-annotated-types,
//                  python3-typing-extensions); default /var/cache/course-wasm-build/work/site-packages
// --allow-missing  an artifact that was not built is reported as SKIP instead of failing
// The files are written into Pyodide's FS and imported normally (no loadPackage):
// that is how the course's bundle ships them.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const artifacts = path.resolve(opt("--artifacts", path.join(repo, "vendor/wasm-extensions")));
const sitePackages = path.resolve(opt("--site-packages", "/var/cache/course-wasm-build/work/site-packages"));
const allowMissing = args.includes("--allow-missing");

const { loadPyodide } = await import(path.join(repo, "node_modules/pyodide/pyodide.mjs"));
const SP = "/lib/python3.12/site-packages";
const EXT = ".cpython-312-wasm32-emscripten.so";
let passed = 0, failed = 0, skipped = 0;
const ms = (t0) => `${Math.round(performance.now() - t0)} ms`;

function copyTree(py, from, to) {
  let n = 0;
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name), dst = `${to}/${e.name}`;
    if (e.isDirectory()) {
      py.FS.mkdirTree(dst);
      n += copyTree(py, src, dst);
    } else {
      py.FS.writeFile(dst, fs.readFileSync(src));
      n++;
    }
  }
  return n;
}

// Runs Python code that returns a list of [name, ok, detail]; reports each check.
function report(section, results) {
  for (const [name, ok, detail] of results) {
    if (ok) passed++; else failed++;
    console.log(`${ok ? "PASS" : "FAIL"} ${section}: ${name}${detail ? ` -> ${detail}` : ""}`);
  }
}
function skip(section, why) {
  if (!allowMissing) { failed++; console.log(`FAIL ${section}: ${why}`); return; }
  skipped++;
  console.log(`SKIP ${section}: ${why}`);
}

const CHECK = `
import json, traceback
_results = []
def check(name, fn):
    try:
        detail = fn()
        _results.append([name, True, None if detail is None else str(detail)[:200]])
    except BaseException as e:
        _results.append([name, False, type(e).__name__ + ": " + str(e)[:300]])
`;

let t0 = performance.now();
const py = await loadPyodide();
console.log(`pyodide ${py.version} booted in ${ms(t0)}`);
py.runPython(CHECK);
const run = (code) => {
  py.runPython("_results.clear()\n" + code);
  return py.runPython("json.dumps(_results)");
};

// ---- toolchain probe: pyo3 + jiter + speedate, built like _pydantic_core ----
const probe = path.join(artifacts, "toolchain-probe", "_course_wasm_probe" + EXT);
if (fs.existsSync(probe)) {
  py.FS.writeFile(`${SP}/_course_wasm_probe${EXT}`, fs.readFileSync(probe));
  t0 = performance.now();
  const r = JSON.parse(run(`
import _course_wasm_probe as p
check("import + add", lambda: p.add(40, 2) == 42 or 1/0)
check("jiter JSON -> Python", lambda: p.parse_json(b'{"a":[1,2.5,"x",null,true]}') == {"a": [1, 2.5, "x", None, True]} or 1/0)
def bad_json():
    try: p.parse_json(b'{bad')
    except ValueError as e: return str(e)
    raise AssertionError("no error")
check("bad JSON raises ValueError", bad_json)
check("speedate date", lambda: p.parse_date("2024-02-29") == (2024, 2, 29) or 1/0)
def panic():
    try: p.panic_now("boom")
    except BaseException as e:
        assert type(e).__name__ == "PanicException", type(e)
        return "PanicException: " + str(e)
    raise AssertionError("no exception")
check("Rust panic -> PanicException", panic)
check("interpreter alive after panic", lambda: p.add(1, 1) == 2 or 1/0)
def sj():
    s = '{"b":1.000000000000000000001,"a":[1,{"z":null,"y":true}]}'
    assert p.json_roundtrip(s) == s, p.json_roundtrip(s)
    return s
check("serde_json arbitrary_precision + preserve_order", sj)
check("url/idna, regex, uuid, base64, hex", lambda: (lambda r: r == ["https://xn--bcher-kva.example/a%20b", "true", "4", "cHlkYW50aWM="] or 1/0)(p.misc("https://bücher.example/a b")))
check("num-bigint <-> int", lambda: p.bigint_double(2**100 + 1) == 2**101 + 2 or 1/0)
check("strum enums", lambda: p.mode("strict") == "lax" or 1/0)
`));
  report("probe", r);
  console.log(`  probe checks took ${ms(t0)}`);
} else skip("probe", `not built (${probe})`);

// ---- pydantic 2 on the built _pydantic_core ----
const pcSo = path.join(artifacts, "_pydantic_core" + EXT);
if (!fs.existsSync(pcSo)) skip("pydantic", `_pydantic_core${EXT} not built (${pcSo})`);
else if (!fs.existsSync(path.join(sitePackages, "pydantic"))) skip("pydantic", `no staged pure-Python files in ${sitePackages} (run build.sh)`);
else {
  const n = copyTree(py, sitePackages, SP);
  py.FS.writeFile(`${SP}/pydantic_core/_pydantic_core${EXT}`, fs.readFileSync(pcSo));
  console.log(`  wrote ${n} pure-Python files + _pydantic_core${EXT} into ${SP}`);
  t0 = performance.now();
  const r1 = JSON.parse(run(`
def imp():
    import pydantic, pydantic_core
    return f"pydantic {pydantic.VERSION}, pydantic-core {pydantic_core.__version__}"
check("import pydantic", imp)
`));
  report("pydantic", r1);
  console.log(`  import pydantic took ${ms(t0)}`);
  t0 = performance.now();
  const r2 = JSON.parse(run(`
from typing import Annotated
from pydantic import BaseModel, Field, ValidationError, TypeAdapter, field_validator, model_validator

class User(BaseModel):
    name: Annotated[str, Field(min_length=2, max_length=20)]
    age: Annotated[int, Field(gt=0, le=150)]
    email: str
    tags: list[str] = []

    @field_validator("email")
    @classmethod
    def email_has_at(cls, v):
        if "@" not in v:
            raise ValueError("email needs an @")
        return v.lower()

    @model_validator(mode="after")
    def adults_only_for_admin(self):
        if "admin" in self.tags and self.age < 18:
            raise ValueError("admins must be adults")
        return self

def valid():
    u = User(name="Ada", age="36", email="ADA@EXAMPLE.ORG", tags=["x"])
    assert u.age == 36 and u.email == "ada@example.org", u
    return repr(u)
check("BaseModel + coercion + field_validator", valid)
def constraints():
    try: User(name="A", age=0, email="nope")
    except ValidationError as e:
        types = sorted(x["type"] for x in e.errors())
        assert types == ["greater_than", "string_too_short", "value_error"], types
        return types
    raise AssertionError("no ValidationError")
check("constraints -> ValidationError types", constraints)
def model_val():
    try: User(name="Kid", age=10, email="k@x.org", tags=["admin"])
    except ValidationError as e: return e.errors()[0]["msg"]
    raise AssertionError("no ValidationError")
check("model_validator", model_val)
def dump():
    u = User(name="Ada", age=36, email="a@b.c")
    d = u.model_dump(); j = u.model_dump_json()
    assert d == {"name": "Ada", "age": 36, "email": "a@b.c", "tags": []}, d
    assert j == '{"name":"Ada","age":36,"email":"a@b.c","tags":[]}', j
    return j
check("model_dump / model_dump_json", dump)
def vjson():
    u = User.model_validate_json('{"name":"Bob","age":40,"email":"b@c.d"}')
    assert u.name == "Bob"
    for bad in ['{"name":"Bob",', '{"name":"Bob","age":"x","email":"b@c.d"}']:
        try: User.model_validate_json(bad)
        except ValidationError as e: pass
        else: raise AssertionError("accepted " + bad)
    try: User.model_validate_json('{"name":"Bob",')
    except ValidationError as e: return e.errors()[0]["type"]
check("model_validate_json (+ bad JSON -> ValidationError)", vjson)
def ta():
    t = TypeAdapter(list[int])
    assert t.validate_python(["1", 2]) == [1, 2]
    assert t.validate_json("[3,4]") == [3, 4]
    try: t.validate_python(["x"])
    except ValidationError as e: return e.errors()[0]["type"]
    raise AssertionError("no ValidationError")
check("TypeAdapter", ta)
def schema():
    s = User.model_json_schema()
    assert s["properties"]["age"]["exclusiveMinimum"] == 0, s
    assert s["required"] == ["name", "age", "email"], s
    return sorted(s["properties"])
check("JSON schema", schema)
`));
  report("pydantic", r2);
  console.log(`  pydantic checks took ${ms(t0)}`);
}

// ---- sqlite3 ----
const sqSo = path.join(artifacts, "_sqlite3" + EXT);
if (!fs.existsSync(sqSo)) skip("sqlite3", `_sqlite3${EXT} not built (${sqSo})`);
else {
  py.FS.writeFile(`/lib/python3.12/lib-dynload/_sqlite3${EXT}`, fs.readFileSync(sqSo));
  const pkg = path.join(artifacts, "sqlite3");
  if (fs.existsSync(pkg)) { py.FS.mkdirTree(`${SP}/sqlite3`); copyTree(py, pkg, `${SP}/sqlite3`); }
  t0 = performance.now();
  const r = JSON.parse(run(`
def sq():
    import sqlite3
    con = sqlite3.connect(":memory:")
    con.execute("create table t (id integer primary key, name text not null)")
    con.executemany("insert into t (name) values (?)", [("ada",), ("bob",)])
    rows = con.execute("select id, name from t order by id").fetchall()
    assert rows == [(1, "ada"), (2, "bob")], rows
    return f"sqlite {sqlite3.sqlite_version}: {rows}"
check("in-memory create/insert/select", sq)
`));
  report("sqlite3", r);
  console.log(`  sqlite3 checks took ${ms(t0)}`);
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
