// Exercise code is read by learners as the way to write Python today, so it
// must use the idioms of the container's Python (`X | None`, `list[int]`,
// no `typing.List`): ruff's pyupgrade rules, run with the editor's settings.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import init, { PositionEncoding, Workspace, type Diagnostic } from "@astral-sh/ruff-wasm-web";
import { RUFF_SETTINGS } from "@/lib/workspace/ruff-markers";

export const IDIOM_RULES = ["UP"] as const;

export interface IdiomFinding {
  line: number;
  code: string;
  message: string;
}

let workspace: Promise<Workspace> | null = null;

function loadWorkspace(): Promise<Workspace> {
  workspace ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve("@astral-sh/ruff-wasm-web/ruff_wasm_bg.wasm");
    await init({ module_or_path: readFileSync(wasmPath) });
    return new Workspace({ ...RUFF_SETTINGS, lint: { select: [...IDIOM_RULES] } }, PositionEncoding.Utf16);
  })();
  return workspace;
}

/** Outdated idioms in one Python source, each with its line and ruff's rule code. */
export async function outdatedIdioms(source: string): Promise<IdiomFinding[]> {
  const ruff = await loadWorkspace();
  return (ruff.check(source) as Diagnostic[]).map((d) => ({
    line: d.start_location.row,
    code: d.code ?? "syntax",
    message: d.message,
  }));
}
