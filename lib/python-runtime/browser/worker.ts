/// <reference lib="webworker" />
// Browser entry of the Python container: a module Web Worker running Pyodide,
// loaded from the app's own origin (/pyodide/, /python/), never from a CDN.
// Created by ./index.ts; speaks the protocol in ../protocol.ts.
import { createEngine, type BundleIndex } from "../worker/engine.mjs";
import { lockDown } from "./lockdown";
import { cacheStorageSnapshots } from "./snapshot-cache";
import type { BootProgress } from "../types";

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Stack-trace hooks hand out the receivers of every frame on the stack; a
// caller that reached a JavaScript function from Python must not get them.
Object.defineProperty(Error, "prepareStackTrace", { value: undefined, writable: false, configurable: false });
const post = scope.postMessage.bind(scope);
const load = scope.fetch.bind(scope);
let base = new URL("/", scope.location.href).href;

/** Fetches with byte progress, for the download phase of boot. */
async function fetchWithProgress(url: string, total: number | undefined, onProgress: (p: BootProgress) => void, label: string) {
  const response = await load(url);
  if (!response.ok || !response.body) throw new Error(`${label}: HTTP ${response.status} for ${url}`);
  const size = Number(response.headers.get("content-length")) || total;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress({ phase: "download", loaded, total: size, message: `Downloading ${label}` });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await load(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}: is the Python bundle built (node scripts/python-bundle/build.mjs)?`);
  return (await response.json()) as T;
}

/**
 * Once Python is up, nothing in this worker needs the network, storage or
 * other contexts again: learner code that finds a way to JavaScript must not
 * make requests with the learner's cookies or touch the site's storage.
 */
function lockDownWorker(): string | void {
  const left = lockDown(scope);
  if (left.length) return `the worker could not remove ${left.join(", ")}`;
}

const engine = createEngine({
  get indexURL() {
    return `${base}pyodide/`;
  },
  loadPyodide: async (options) => {
    const url = `${base}pyodide/pyodide.mjs`;
    const pyodideModule = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as {
      loadPyodide: (o: Record<string, unknown>) => Promise<unknown>;
    };
    return pyodideModule.loadPyodide(options);
  },
  loadPyodideModule: async () => {
    const url = `${base}pyodide/pyodide.asm.mjs`;
    const asm = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as {
      default: (settings: unknown) => Promise<unknown>;
    };
    return asm.default;
  },
  loadBundleIndex: () => fetchJson<BundleIndex>(`${base}python/index.json`),
  // The archive URL carries its hash, so an HTTP cache can never serve a stale bundle.
  loadBundleArchive: (index, onProgress) =>
    fetchWithProgress(`${base}python/${index.archive}?v=${index.sha256.slice(0, 16)}`, index.size, onProgress, "Python packages"),
  loadHarness: async () => (await fetchJson<{ files: Record<string, string> }>(`${base}python/harness.json`)).files,
  // Held by reference: the global `caches` is removed once Python runs.
  snapshots: scope.caches ? cacheStorageSnapshots(scope.caches, scope.location.href) : undefined,
  post: (message) => post(message),
  afterBoot: lockDownWorker,
});

scope.addEventListener("message", (event: MessageEvent) => {
  const message = event.data as { type?: string; config?: { assetBaseUrl?: string } };
  if (message?.type === "boot" && message.config?.assetBaseUrl) {
    base = new URL(message.config.assetBaseUrl, scope.location.href).href;
  }
  void engine.handle(message);
});
