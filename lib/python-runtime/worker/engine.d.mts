import type { BootProgress } from "../types";

export interface BundleIndex {
  sha256: string;
  archive: string;
  size?: number;
  packages?: { name: string; version: string; fallback?: string }[];
}

/** Where copies of the wasm memory taken after a fresh boot are kept, by key. */
export interface SnapshotStore {
  load: (key: string) => Promise<Uint8Array | null>;
  save: (key: string, bytes: Uint8Array) => Promise<void>;
  drop: (key: string) => Promise<void>;
}

export interface EngineHost {
  loadPyodide: (options: Record<string, unknown>) => Promise<unknown>;
  indexURL: string;
  loadBundleIndex: () => Promise<BundleIndex>;
  loadBundleArchive: (index: BundleIndex, onProgress: (p: BootProgress) => void) => Promise<Uint8Array>;
  loadHarness: () => Promise<Record<string, string>>;
  /** A folder holding the bundle already extracted (Node), mounted read-only instead of unpacking the archive. */
  sitePackagesDir?: (index: BundleIndex) => string | null;
  snapshots?: SnapshotStore;
  post: (message: unknown) => void;
  /** Runs once Python is up; returns a warning for the boot report when something could not be done. */
  afterBoot?: () => string | void;
}

export function sha256Hex(bytes: Uint8Array): Promise<string>;
export function createEngine(host: EngineHost): { handle: (message: unknown) => Promise<void> };
