// Ruff compiled to wasm, for lint markers and the Format button. Loaded on
// first use (the wasm is about 11 MB) from the app's own origin; see
// scripts/copy-ui-assets.mjs, which copies it to public/vendor/ruff/.
import init, { PositionEncoding, Workspace, type Diagnostic } from "@astral-sh/ruff-wasm-web";
import { RUFF_SETTINGS, diagnosticToMarker, type LintMarker } from "@/lib/workspace/ruff-markers";

export const RUFF_WASM_URL = "/vendor/ruff/ruff_wasm_bg.wasm";

let ruff: Promise<Workspace> | null = null;

function loadRuff(): Promise<Workspace> {
  ruff ??= init({ module_or_path: RUFF_WASM_URL }).then(
    // Monaco counts columns in UTF-16 code units, like JavaScript strings.
    () => new Workspace(RUFF_SETTINGS, PositionEncoding.Utf16),
  );
  // A failed load (offline, asset missing) can be retried on the next call.
  ruff.catch(() => {
    ruff = null;
  });
  return ruff;
}

export async function lintPython(source: string): Promise<LintMarker[]> {
  const workspace = await loadRuff();
  return (workspace.check(source) as Diagnostic[]).map(diagnosticToMarker);
}

/** Ruff's formatting of `source`; throws with ruff's message when the code does not parse. */
export async function formatPython(source: string): Promise<string> {
  const workspace = await loadRuff();
  return workspace.format(source);
}
