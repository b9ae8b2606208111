// Node entry of the Python container: one worker thread, one Pyodide.
// Plain JavaScript on purpose: it must start inside the Next.js production
// server too, where no TypeScript loader exists. Started by ./index.ts.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { createRequire } from "node:module";
import { createEngine } from "../worker/engine.mjs";
import { dropSnapshot, readSnapshot } from "./snapshot-files.mjs";

const repoRoot = /** @type {string} */ (workerData.repoRoot);
const require = createRequire(path.join(repoRoot, "package.json"));
const pyodideDir = path.dirname(require.resolve("pyodide/package.json"));
const publicPython = path.join(repoRoot, "public/python");
const harnessDir = path.join(repoRoot, "lib/python-runtime/harness");

/** @type {string | null} */
const snapshotDir = workerData.snapshotDir ?? null;

const port = parentPort;
if (!port) throw new Error("lib/python-runtime/node/worker.mjs must run as a worker thread");

const engine = createEngine({
  indexURL: pyodideDir + path.sep,
  loadPyodide: async (options) => {
    const { loadPyodide } = await import(path.join(pyodideDir, "pyodide.mjs"));
    return loadPyodide(options);
  },
  loadBundleIndex: async () => {
    const indexPath = path.join(publicPython, "index.json");
    try {
      return JSON.parse(await readFile(indexPath, "utf8"));
    } catch {
      throw new Error(`${indexPath} is missing: build the package bundle with \`node scripts/python-bundle/build.mjs\``);
    }
  },
  loadBundleArchive: async (index, onProgress) => {
    onProgress({ phase: "download", loaded: 0, total: index.size, message: `Reading ${index.archive}` });
    const zip = new Uint8Array(await readFile(path.join(publicPython, index.archive)));
    onProgress({ phase: "download", loaded: zip.length, total: index.size, message: `Read ${index.archive}` });
    return zip;
  },
  // Read from the source tree, not public/python/harness.json, so a Node run
  // always uses the harness as it is in the checkout.
  loadHarness: async () => {
    /** @type {Record<string, string>} */
    const files = {};
    for (const name of (await readdir(harnessDir)).sort()) {
      if (name.endsWith(".py")) files[name] = await readFile(path.join(harnessDir, name), "utf8");
    }
    return files;
  },
  snapshots: snapshotDir
    ? {
        load: (key) => readSnapshot(snapshotDir, key),
        // Written by the main thread (./index.ts), which outlives this worker.
        save: async (key, bytes) => port.postMessage({ type: "snapshot-save", key, bytes }, [bytes.buffer]),
        drop: (key) => dropSnapshot(snapshotDir, key),
      }
    : undefined,
  post: (message) => port.postMessage(message),
});

port.on("message", (message) => void engine.handle(message));
