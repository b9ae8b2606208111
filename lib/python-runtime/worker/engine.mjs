// The worker side of the Python container, shared by the browser worker
// (browser/worker.ts) and the Node worker (node/worker.mjs). Plain JavaScript
// because Node's worker must run without a TypeScript loader (e.g. inside the
// Next.js production server). Messages are described in ../protocol.ts.

import { gunzipBundle, unpackZip } from "./unzip.mjs";

/** Where the package bundle is unpacked or mounted; its bytecode is compiled for this path (scripts/python-bundle/bytecode.mjs). */
export const SITE_PACKAGES = "/lib/python3.14/site-packages";
const HARNESS_DIR = "/sandbox/harness";
/** Directories learner code may write to; each run gets fresh, empty ones. */
const SCRATCH_DIRS = ["/tmp", "/home/sandbox"];

/**
 * @typedef {{ phase: "download" | "start" | "packages" | "ready"; loaded?: number; total?: number; message: string }} BootProgress
 * @typedef {{ sha256: string; archive: string; size?: number; packages?: { name: string; version: string }[] }} BundleIndex
 * @typedef {{
 *   load: (key: string) => Promise<Uint8Array | null>;
 *   save: (key: string, bytes: Uint8Array) => Promise<void>;
 *   drop: (key: string) => Promise<void>;
 * }} SnapshotStore
 * @typedef {{
 *   loadPyodide: (options: Record<string, unknown>) => Promise<any>;
 *   loadPyodideModule: () => Promise<CreatePyodideModule>;
 *   indexURL: string;
 *   loadBundleIndex: () => Promise<BundleIndex>;
 *   loadBundleArchive: (index: BundleIndex, onProgress: (p: BootProgress) => void) => Promise<Uint8Array>;
 *   loadHarness: () => Promise<Record<string, string>>;
 *   sitePackagesDir?: (index: BundleIndex) => string | null;
 *   snapshots?: SnapshotStore;
 *   post: (message: unknown) => void;
 *   afterBoot?: () => string | void;
 * }} EngineHost
 * @typedef {(settings: any) => Promise<any>} CreatePyodideModule
 */

const PYODIDE_VERSION = "314.0.7";
/** SIGUSR1: raised while the heap is over the memory limit; course_harness.py turns it into MemoryError. */
const MEMORY_SIGNAL = 10;
/** Bump when what a snapshot holds changes in a way its key does not capture. */
const SNAPSHOT_FORMAT = 1;

/** Hex sha256 using Web Crypto (browsers, and Node's globalThis.crypto). @param {Uint8Array} bytes */
export async function sha256Hex(bytes) {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Names a snapshot: it is only valid for the same Pyodide, package bundle,
 * harness sources and warm-up setting.
 * @param {BundleIndex} index @param {Record<string, string>} sources @param {{ warmUp?: boolean }} config
 */
async function snapshotKey(index, sources, config) {
  const text = JSON.stringify({ format: SNAPSHOT_FORMAT, pyodide: PYODIDE_VERSION, bundle: index.sha256, harness: sources, warmUp: config.warmUp !== false });
  return (await sha256Hex(new TextEncoder().encode(text))).slice(0, 32);
}

/**
 * A stored snapshot is Pyodide's bytes behind 16 bytes of our own: a magic
 * number and the length, so a copy that is cut short or is something else is
 * recognised before Pyodide is handed it (it cannot start from a partial heap).
 */
const ENVELOPE_MAGIC = 0x31535043; // "CPS1"
const ENVELOPE_BYTES = 16;

/** @param {Uint8Array} bytes */
function wrapSnapshot(bytes) {
  const stored = new Uint8Array(ENVELOPE_BYTES + bytes.length);
  const header = new DataView(stored.buffer, 0, ENVELOPE_BYTES);
  header.setUint32(0, ENVELOPE_MAGIC, true);
  header.setUint32(4, bytes.length, true);
  stored.set(bytes, ENVELOPE_BYTES);
  return stored;
}

/** @param {Uint8Array} stored @returns {Uint8Array | null} */
function unwrapSnapshot(stored) {
  if (stored.length < ENVELOPE_BYTES || stored.byteOffset % 4 !== 0) return null;
  const header = new DataView(stored.buffer, stored.byteOffset, ENVELOPE_BYTES);
  if (header.getUint32(0, true) !== ENVELOPE_MAGIC || header.getUint32(4, true) !== stored.length - ENVELOPE_BYTES) return null;
  return stored.subarray(ENVELOPE_BYTES);
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
  let memoryLimit = 0;
  let memoryThreshold = 0;
  /** @type {((stream: string, text: string) => void) | null} */
  let currentEmit = null;

  /** @param {BootProgress} progress */
  const progress = (progress) => host.post({ type: "boot-progress", progress });
  const heapBytes = () => (pyodide ? pyodide._module.HEAP8.buffer.byteLength : 0);

  /**
   * @typedef {{ outputLimitBytes: number; memoryLimitBytes?: number; interruptBuffer?: SharedArrayBuffer; warmUp?: boolean; snapshots?: boolean }} BootConfig
   * @param {BootConfig} config
   */
  async function boot(config) {
    const started = Date.now();
    progress({ phase: "start", message: `Starting Python (Pyodide ${PYODIDE_VERSION})` });
    const [index, sources] = await Promise.all([host.loadBundleIndex(), host.loadHarness()]);
    // A host with the bundle already extracted (Node) mounts that folder
    // read-only instead of unpacking the archive into memory on every start.
    const extracted = host.sitePackagesDir?.(index) ?? null;
    // Otherwise the archive downloads while Python starts.
    const zip = extracted ? Promise.resolve(new Uint8Array(0)) : host.loadBundleArchive(index, progress).then(async (archive) => {
      const bytes = await gunzipBundle(archive);
      const actual = await sha256Hex(bytes);
      if (actual !== index.sha256) {
        throw new Error(`python bundle ${index.archive}: unpacked sha256 ${actual} does not match index.json (${index.sha256}); rebuild it with node scripts/python-bundle/build.mjs`);
      }
      return bytes;
    });
    zip.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled

    const store = config.snapshots === false ? undefined : host.snapshots;
    const key = await snapshotKey(index, sources, config);
    /** @type {Record<string, unknown> | null} */
    let info = null;
    let snapshot = "not used";
    let dropped = "";
    const stored = store ? await store.load(key).catch(() => null) : null;
    if (stored && store) {
      try {
        const saved = unwrapSnapshot(stored);
        if (!saved) throw new Error("incomplete or not a snapshot");
        info = await startFromSnapshot(saved, { zip, extracted }, sources, config);
        snapshot = "restored";
      } catch (error) {
        // A saved copy that does not start is thrown away; Python starts from scratch.
        await store.drop(key).catch(() => {});
        dropped = `; dropped a saved copy that did not start (${error instanceof Error ? error.message : String(error)})`;
      }
    }
    if (!info) {
      info = await startFresh({ zip, extracted }, sources, config, Boolean(store));
      if (store) snapshot = saveSnapshot(store, key) + dropped;
    }
    installSignals(config);
    const lockdownProblem = host.afterBoot?.();
    if (lockdownProblem) info.warning = lockdownProblem;
    progress({ phase: "ready", message: "Python is ready" });
    return { ...info, snapshot, bootMs: Date.now() - started };
  }

  /**
   * CPython polls `[0]` of Pyodide's interrupt buffer every few dozen
   * bytecodes and resets it to 0. Ours answers with the host's request (2,
   * SIGINT, for cancel) when there is one, else with MEMORY_SIGNAL once each
   * time the wasm heap passes the next threshold (the limit, then every
   * quarter of the limit beyond), so a program that grows its memory bit by
   * bit is stopped near the limit instead of at wasm's 2 GB. Wasm memory never
   * shrinks: the host replaces such a worker after the run.
   * @param {BootConfig} config
   */
  function installSignals(config) {
    const shared = config.interruptBuffer ? new Int32Array(config.interruptBuffer) : null;
    interrupt = shared;
    memoryLimit = config.memoryLimitBytes ?? 0;
    memoryThreshold = memoryLimit;
    // CPython reads [0] and then writes 0 back. The write only clears the
    // value that was read: a cancel written by the host in between must not
    // be lost (a plain Int32Array has that race).
    let read = 0;
    pyodide.setInterruptBuffer({
      get 0() {
        read = shared ? Atomics.load(shared, 0) : 0;
        if (read) return read;
        if (memoryLimit <= 0 || heapBytes() <= memoryThreshold) return 0;
        memoryThreshold = heapBytes() + memoryLimit / 4;
        return MEMORY_SIGNAL;
      },
      set 0(/** @type {number} */ value) {
        if (shared) Atomics.compareExchange(shared, 0, read, value);
      },
    });
  }

  /**
   * @param {{ _makeSnapshot?: boolean; _loadSnapshot?: Uint8Array }} options
   */
  async function startPython(options) {
    const createModule = await host.loadPyodideModule();
    const snapshotBytes = options._loadSnapshot?.length ?? 0;
    return host.loadPyodide({
      indexURL: host.indexURL,
      // Pyodide 314 restores a snapshot into the wasm memory as first created
      // (its INITIAL_MEMORY request is not honoured), which is smaller than
      // the heap of a booted interpreter: grow it first. A snapshot is the
      // heap behind a short header, so its length is enough room.
      createPyodideModule: async (/** @type {any} */ settings) => {
        const wasmModule = await createModule(settings);
        if (snapshotBytes > wasmModule.HEAP8.length && !wasmModule.growMemory(snapshotBytes)) {
          throw new Error(`could not grow the wasm memory to ${snapshotBytes} bytes for the snapshot`);
        }
        return wasmModule;
      },
      jsglobals: sandboxGlobals(),
      env: { HOME: "/home/sandbox", PYTHONDONTWRITEBYTECODE: "1" },
      // Output that bypasses sys.stdout (C-level writes) still reaches the run.
      stdout: (/** @type {string} */ line) => currentEmit?.("stdout", line + "\n"),
      stderr: (/** @type {string} */ line) => currentEmit?.("stderr", line + "\n"),
      ...options,
    });
  }

  /**
   * Files live outside the wasm heap, so both kinds of start put them in place.
   * @typedef {{ zip: Promise<Uint8Array>; extracted: string | null }} Bundle
   * @param {Bundle} bundle @param {Record<string, string>} sources
   */
  async function installFiles(bundle, sources) {
    if (bundle.extracted) {
      pyodide.FS.mkdirTree(SITE_PACKAGES);
      pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: bundle.extracted }, SITE_PACKAGES);
    } else {
      const bytes = await bundle.zip;
      progress({ phase: "packages", message: "Unpacking the package bundle" });
      await unpackZip(bytes, SITE_PACKAGES, pyodide.FS);
    }
    pyodide.FS.mkdirTree(HARNESS_DIR);
    for (const [name, text] of Object.entries(sources)) pyodide.FS.writeFile(`${HARNESS_DIR}/${name}`, text);
    for (const dir of SCRATCH_DIRS) pyodide.FS.mkdirTree(dir);
  }

  /** @param {Bundle} bundle @param {Record<string, string>} sources @param {BootConfig} config @param {boolean} forSnapshot */
  async function startFresh(bundle, sources, config, forSnapshot) {
    pyodide = await startPython({ _makeSnapshot: forSnapshot });
    await installFiles(bundle, sources);
    pyodide.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(HARNESS_DIR)})`);
    progress({ phase: "packages", message: "Importing Flask, FastAPI and pytest" });
    harness = pyodide.pyimport("course_harness");
    return JSON.parse(harness.boot(JSON.stringify({ outputLimitBytes: config.outputLimitBytes, warmUp: config.warmUp !== false })));
  }

  /**
   * Starts from a copy of the wasm memory taken at the end of an earlier
   * fresh start: the interpreter is already in its baseline state, with every
   * library imported and warmed up.
   * @param {Uint8Array} saved @param {Bundle} bundle @param {Record<string, string>} sources @param {BootConfig} config
   */
  async function startFromSnapshot(saved, bundle, sources, config) {
    progress({ phase: "start", message: "Starting Python from a saved snapshot" });
    pyodide = await startPython({ _loadSnapshot: saved });
    await installFiles(bundle, sources);
    harness = pyodide.pyimport("course_harness");
    return JSON.parse(harness.resume(JSON.stringify({ outputLimitBytes: config.outputLimitBytes })));
  }

  /** Copies the wasm memory now, while the interpreter is at its baseline, and stores it in the background. @param {SnapshotStore} store @param {string} key */
  function saveSnapshot(store, key) {
    let bytes;
    try {
      bytes = pyodide.makeMemorySnapshot();
    } catch (error) {
      return `not saved (${error instanceof Error ? error.message : String(error)})`;
    }
    store.save(key, wrapSnapshot(bytes)).catch(() => {});
    return "saved";
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
    memoryThreshold = memoryLimit;
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
