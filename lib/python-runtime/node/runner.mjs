// Entry of a sandboxed Python runner: one OS process, one Pyodide, started by
// ./runner-process.ts inside the sandbox that ./sandbox-command.mjs describes
// (no network, read-only files, empty environment, an unprivileged user,
// seccomp, Node's permission model). Everything here must be safe even when
// learner code controls this process's JavaScript: the server trusts nothing
// it says beyond frames that pass its checks.
// Frames (./frames.mjs) come in on stdin and go out on stdout; stderr is for
// diagnostics only. Plain JavaScript: it runs with no TypeScript loader.
import { constants as fsConstants, existsSync, readFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { constants as osConstants } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { createEngine } from "../worker/engine.mjs";
import { FRAME_JSON, binaryFrame, createFrameReader, jsonFrame } from "./frames.mjs";
import { readSnapshot } from "./snapshot-files.mjs";

/** Largest message accepted from the server (source files of one operation). */
const MAX_HOST_FRAME = 64 * 2 ** 20;

// Pyodide's Node file system asks process.binding("constants") for open
// flags; Node's permission model denies process.binding. This answers that
// one question from the public constants and denies everything else.
const deniedBinding = process.binding.bind(process);
process.binding = (/** @type {string} */ name) => (name === "constants" ? { fs: fsConstants, os: osConstants } : deniedBinding(name));

// stdout carries frames only.
for (const method of /** @type {const} */ (["log", "info", "debug", "warn"])) console[method] = console.error;

// Stack-trace hooks hand out the receivers of every frame on the stack; a
// caller that reached a JavaScript function from Python must not get them.
Object.defineProperty(Error, "prepareStackTrace", { value: undefined, writable: false, configurable: false });

/** Once Python is up, Node's native entry points have nothing left to do here. */
function closeNativeEntryPoints() {
  const refuse = () => {
    throw new Error("not available in the Python runner");
  };
  for (const name of ["binding", "_linkedBinding", "dlopen"]) {
    Object.defineProperty(process, name, { value: refuse, writable: false, configurable: false });
  }
}

/** @type {{ pyodideDir: string; publicPython: string; harnessDir: string; extractedSitePackages: string; snapshotDir: string | null }} */
const paths = JSON.parse(process.argv[2] ?? "{}");

const send = (/** @type {Buffer} */ bytes) => process.stdout.write(bytes);

/**
 * Evaluates pyodide.asm.js (Pyodide's CommonJS loader, 1.2 MB) as a plain
 * script, which defines the global that pyodide.mjs would otherwise import
 * it for. Node's ES module loader spends about 400 ms of CPU scanning that
 * file for exports, and a runner starts for every submission.
 */
function preloadPyodideScript() {
  const loader = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (!loader) return; // an older Node: pyodide.mjs imports the file itself
  const file = path.join(paths.pyodideDir, "pyodide.asm.js");
  const wrapped = `(function (require, module, exports, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
  const script = new vm.Script(wrapped, { filename: file, importModuleDynamically: loader });
  script.runInThisContext()(createRequire(file), { exports: {} }, {}, file, paths.pyodideDir);
}

const engine = createEngine({
  indexURL: paths.pyodideDir + path.sep,
  loadPyodide: async (options) => {
    preloadPyodideScript();
    const { loadPyodide } = await import(path.join(paths.pyodideDir, "pyodide.mjs"));
    return loadPyodide(options);
  },
  loadBundleIndex: async () => {
    const indexPath = path.join(paths.publicPython, "index.json");
    try {
      return JSON.parse(await readFile(indexPath, "utf8"));
    } catch {
      throw new Error(`${indexPath} is missing: build the package bundle with \`node scripts/python-bundle/build.mjs\``);
    }
  },
  loadBundleArchive: async (index, onProgress) => {
    onProgress({ phase: "download", loaded: 0, total: index.size, message: `Reading ${index.archive}` });
    const zip = new Uint8Array(await readFile(path.join(paths.publicPython, index.archive)));
    onProgress({ phase: "download", loaded: zip.length, total: index.size, message: `Read ${index.archive}` });
    return zip;
  },
  // Written by the bundle build (scripts/python-bundle/build.mjs), one folder per archive.
  sitePackagesDir: (index) => {
    const dir = path.join(paths.extractedSitePackages, index.sha256.slice(0, 16));
    return existsSync(path.join(dir, ".complete")) ? dir : null;
  },
  loadHarness: async () => {
    /** @type {Record<string, string>} */
    const files = {};
    for (const name of (await readdir(paths.harnessDir)).sort()) {
      if (name.endsWith(".py")) files[name] = await readFile(path.join(paths.harnessDir, name), "utf8");
    }
    return files;
  },
  snapshots: paths.snapshotDir
    ? {
        load: (key) => readSnapshot(/** @type {string} */ (paths.snapshotDir), key),
        // The runner cannot write files: the server stores the copy, and only
        // one taken before this runner ran anything it was sent.
        save: async (key, bytes) => {
          send(jsonFrame({ type: "snapshot-save", key, size: bytes.length }));
          send(binaryFrame(bytes));
        },
        drop: async () => {},
      }
    : undefined,
  post: (message) => send(jsonFrame(message)),
  afterBoot: closeNativeEntryPoints,
});

const push = createFrameReader({
  limitFor: (kind) => (kind === FRAME_JSON ? MAX_HOST_FRAME : -1),
  onFrame: (_kind, payload) => void engine.handle(JSON.parse(payload.toString("utf8"))),
  onError: (message) => {
    console.error(`runner: ${message}`);
    process.exit(70);
  },
});
process.stdin.on("data", push);
// The server is gone: nothing is left to do.
process.stdin.on("end", () => process.exit(0));
