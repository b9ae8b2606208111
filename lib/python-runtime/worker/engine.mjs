// The worker side of the Python container, shared by the browser worker
// (browser/worker.ts) and the Node worker (node/worker.mjs). Plain JavaScript
// because Node's worker must run without a TypeScript loader (e.g. inside the
// Next.js production server). Messages are described in ../protocol.ts.

const SITE_PACKAGES = "/lib/python3.12/site-packages";
const HARNESS_DIR = "/sandbox/harness";
/** Directories learner code may write to; each run gets fresh, empty ones. */
const SCRATCH_DIRS = ["/tmp", "/home/sandbox"];

/**
 * @typedef {{ phase: "download" | "start" | "packages" | "ready"; loaded?: number; total?: number; message: string }} BootProgress
 * @typedef {{ sha256: string; archive: string; packages?: { name: string; version: string; fallback?: string }[] }} BundleIndex
 * @typedef {{
 *   loadPyodide: (options: Record<string, unknown>) => Promise<any>;
 *   indexURL: string;
 *   loadBundle: (onProgress: (p: BootProgress) => void) => Promise<{ index: BundleIndex; zip: Uint8Array }>;
 *   loadHarness: () => Promise<Record<string, string>>;
 *   post: (message: unknown) => void;
 *   afterBoot?: () => void;
 * }} EngineHost
 */

/** Hex sha256 using Web Crypto (browsers, and Node's globalThis.crypto). @param {Uint8Array} bytes */
export async function sha256Hex(bytes) {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The only names the `js` module sees. Pyodide's own Python code needs timers;
 * learner code gets nothing that reaches the network, the page or Node.
 */
function sandboxGlobals() {
  const g = /** @type {Record<string, unknown>} */ (globalThis);
  return {
    setTimeout: g.setTimeout, clearTimeout: g.clearTimeout,
    setInterval: g.setInterval, clearInterval: g.clearInterval,
    Object: g.Object, Array: g.Array, Uint8Array: g.Uint8Array, Date: g.Date, JSON: g.JSON,
  };
}

/** @param {EngineHost} host */
export function createEngine(host) {
  /** @type {any} */
  let pyodide = null;
  /** @type {any} */
  let harness = null;
  /** @type {Int32Array | null} */
  let interrupt = null;
  /** @type {((stream: string, text: string) => void) | null} */
  let currentEmit = null;

  /** @param {BootProgress} progress */
  const progress = (progress) => host.post({ type: "boot-progress", progress });
  const heapBytes = () => (pyodide ? pyodide._module.HEAP8.buffer.byteLength : 0);

  /** @param {{ outputLimitBytes: number; interruptBuffer?: SharedArrayBuffer; warmUp?: boolean }} config */
  async function boot(config) {
    const started = Date.now();
    progress({ phase: "start", message: "Starting Python (Pyodide 0.26.4)" });
    pyodide = await host.loadPyodide({
      indexURL: host.indexURL,
      jsglobals: sandboxGlobals(),
      env: { HOME: "/home/sandbox", PYTHONDONTWRITEBYTECODE: "1" },
      // Output that bypasses sys.stdout (C-level writes) still reaches the run.
      stdout: (/** @type {string} */ line) => currentEmit?.("stdout", line + "\n"),
      stderr: (/** @type {string} */ line) => currentEmit?.("stderr", line + "\n"),
    });
    if (config.interruptBuffer) {
      interrupt = new Int32Array(config.interruptBuffer);
      pyodide.setInterruptBuffer(interrupt);
    }

    const { index, zip } = await host.loadBundle(progress);
    progress({ phase: "packages", message: "Checking and unpacking the package bundle" });
    const actual = await sha256Hex(zip);
    if (actual !== index.sha256) {
      throw new Error(`python bundle ${index.archive}: sha256 ${actual} does not match index.json (${index.sha256}); rebuild it with node scripts/python-bundle/build.mjs`);
    }
    pyodide.unpackArchive(zip, "zip", { extractDir: SITE_PACKAGES });

    const sources = await host.loadHarness();
    pyodide.FS.mkdirTree(HARNESS_DIR);
    for (const [name, text] of Object.entries(sources)) pyodide.FS.writeFile(`${HARNESS_DIR}/${name}`, text);
    for (const dir of SCRATCH_DIRS) pyodide.FS.mkdirTree(dir);
    pyodide.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(HARNESS_DIR)})`);

    progress({ phase: "packages", message: "Importing Flask, FastAPI and pytest" });
    harness = pyodide.pyimport("course_harness");
    const info = JSON.parse(harness.boot(JSON.stringify({ outputLimitBytes: config.outputLimitBytes, warmUp: config.warmUp !== false })));
    const fallback = index.packages?.find((p) => p.fallback);
    if (fallback) info.warning = `package bundle built with ${fallback.name} ${fallback.version} (${fallback.fallback}), a development fallback`;
    host.afterBoot?.();
    progress({ phase: "ready", message: "Python is ready" });
    return { ...info, bootMs: Date.now() - started };
  }

  /** Fresh, empty scratch directories for every run. */
  function resetScratchDirs() {
    const FS = pyodide.FS;
    for (const dir of SCRATCH_DIRS) {
      try {
        FS.unmount(dir);
      } catch {
        // not mounted yet: the first run
      }
      FS.mkdirTree(dir);
      FS.mount(FS.filesystems.MEMFS, {}, dir);
    }
  }

  /** @param {number} id @param {string} op @param {unknown} payload */
  function run(id, op, payload) {
    if (interrupt) Atomics.store(interrupt, 0, 0);
    resetScratchDirs();
    currentEmit = (stream, text) => host.post({ type: "output", id, stream, text });
    try {
      const result = JSON.parse(harness.run(op, JSON.stringify(payload), currentEmit));
      host.post({ type: "result", id, result, heapBytes: heapBytes() });
    } catch (error) {
      // The harness turns every Python outcome into a result; reaching here
      // means the interpreter itself failed (or was interrupted mid-cleanup).
      host.post({ type: "fatal", id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      currentEmit = null;
    }
  }

  /** @param {any} message */
  async function handle(message) {
    if (message?.type === "boot") {
      try {
        const info = await boot(message.config);
        host.post({ type: "booted", info, heapBytes: heapBytes() });
      } catch (error) {
        host.post({ type: "boot-failed", message: error instanceof Error ? error.message : String(error) });
      }
    } else if (message?.type === "run") {
      run(message.id, message.op, message.payload);
    }
  }

  return { handle };
}
