// Bytecode for the bundle, compiled by the same Pyodide that runs it.
// Without it every fresh interpreter (a first visit in the browser, a Node
// runner without a snapshot) compiles each module it imports: about half of
// what importing FastAPI and pytest costs under wasm, and three quarters for
// SQLAlchemy (measured). The .pyc files are "unchecked hash" ones: valid
// whatever the sources' timestamps (the zip has none), tied to their sources
// by the bundle's own sha256. The sources stay, for tracebacks and pytest's
// reports. Importing the chosen modules here also checks that the bundle
// imports at all.
import { readFile } from "node:fs/promises";
import path from "node:path";
// Where the bundle lives inside Pyodide: compiled there, the code objects
// name the paths that tracebacks show at run time.
import { SITE_PACKAGES } from "../../lib/python-runtime/worker/engine.mjs";
import { HARNESS_DIR } from "./paths.mjs";

const IMPORT_AND_COMPILE = `
import importlib, json, os, py_compile, sys
sys.dont_write_bytecode = True
namespace = {"__name__": "course_no_network"}
exec(NO_NETWORK, namespace)
namespace["install"]()
for name in json.loads(IMPORTS):
    importlib.import_module(name)
prefix = ROOT + "/"
chosen = {m.__file__[len(prefix):] for m in list(sys.modules.values()) if (getattr(m, "__file__", None) or "").startswith(prefix)}
for package in json.loads(WHOLE):
    for folder, _, names in os.walk(prefix + package):
        chosen.update(os.path.join(folder, n)[len(prefix):] for n in names if n.endswith(".py"))
failed = []
for name in sorted(chosen):
    try:
        py_compile.compile(prefix + name, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    except py_compile.PyCompileError as error:
        failed.append([name, str(error.exc_value)[:200]])
json.dumps({"tag": sys.implementation.cache_tag, "chosen": sorted(chosen), "failed": failed})
`;

/**
 * Imports `imports` from the bundle in Pyodide, compiles every bundle
 * module that took part (and every module of `wholePackages`), and returns
 * the .pyc files to add, each with its source.
 * @param {Map<string, Buffer>} files the bundle
 * @param {{ pyodideDir: string; imports: string[]; wholePackages: string[] }} options
 */
export async function compileBytecode(files, { pyodideDir, imports, wholePackages }) {
  const { loadPyodide } = await import(path.join(pyodideDir, "pyodide.mjs"));
  /** @type {string[]} */
  const messages = [];
  const pyodide = await loadPyodide({
    indexURL: pyodideDir + path.sep,
    stdout: (/** @type {string} */ line) => messages.push(line),
    stderr: (/** @type {string} */ line) => messages.push(line),
  });
  for (const [name, data] of files) {
    const full = `${SITE_PACKAGES}/${name}`;
    pyodide.FS.mkdirTree(path.posix.dirname(full));
    pyodide.FS.writeFile(full, data);
  }
  const globals = pyodide.toPy({
    IMPORTS: JSON.stringify(imports),
    WHOLE: JSON.stringify(wholePackages),
    ROOT: SITE_PACKAGES,
    // httpx2 needs its Emscripten transport module, which the harness provides.
    NO_NETWORK: await readFile(path.join(HARNESS_DIR, "course_no_network.py"), "utf8"),
  });
  let result;
  try {
    result = JSON.parse(pyodide.runPython(IMPORT_AND_COMPILE, { globals }));
  } catch (error) {
    throw new Error(`the bundle does not import in Pyodide: ${error instanceof Error ? error.message : error}${messages.length ? `\n${messages.join("\n")}` : ""}`);
  } finally {
    globals.destroy();
  }
  const { tag, chosen, failed } = /** @type {{ tag: string; chosen: string[]; failed: [string, string][] }} */ (result);
  const notCompiled = new Set(failed.map((entry) => entry[0]));
  /** @type {{ name: string; source: string; data: Buffer }[]} */
  const compiled = [];
  for (const source of chosen) {
    if (notCompiled.has(source)) continue;
    const dir = path.posix.dirname(source);
    const name = `${dir === "." ? "" : `${dir}/`}__pycache__/${path.posix.basename(source, ".py")}.${tag}.pyc`;
    compiled.push({ name, source, data: Buffer.from(pyodide.FS.readFile(`${SITE_PACKAGES}/${name}`)) });
  }
  return { compiled, failed, tag };
}
