import type { BootProgress } from "../types";

export interface BundleIndex {
  sha256: string;
  archive: string;
  size?: number;
  packages?: { name: string; version: string; fallback?: string }[];
}

export interface EngineHost {
  loadPyodide: (options: Record<string, unknown>) => Promise<unknown>;
  indexURL: string;
  loadBundle: (onProgress: (p: BootProgress) => void) => Promise<{ index: BundleIndex; zip: Uint8Array }>;
  loadHarness: () => Promise<Record<string, string>>;
  post: (message: unknown) => void;
  afterBoot?: () => void;
}

export function sha256Hex(bytes: Uint8Array): Promise<string>;
export function createEngine(host: EngineHost): { handle: (message: unknown) => Promise<void> };
