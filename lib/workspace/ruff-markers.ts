// Ruff's diagnostics as Monaco marker data. Monaco's enums are restated as
// numbers so this stays a pure module (monaco-editor cannot load in Node).
import type { Diagnostic } from "@astral-sh/ruff-wasm-web";

/** Ruff settings for the course: its default rule set, Python 3.12, the formatter's usual style. */
export const RUFF_SETTINGS = {
  "line-length": 88,
  "indent-width": 4,
  "target-version": "py312",
  format: { "indent-style": "space", "quote-style": "double" },
  lint: { select: ["E4", "E7", "E9", "F"] },
} as const;

// monaco.MarkerSeverity and monaco.MarkerTag values.
export const MarkerSeverity = { Hint: 1, Info: 2, Warning: 4, Error: 8 } as const;
export const MarkerTag = { Unnecessary: 1, Deprecated: 2 } as const;

export interface LintMarker {
  severity: number;
  message: string;
  code?: string;
  source: "ruff";
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  tags?: number[];
}

// Rules whose hits mean the code will fail when run, not just style:
// syntax errors and names Python cannot resolve.
const ERROR_CODES = new Set(["F821", "F822", "F823", "F706", "F704", "F702", "F701"]);

export function isErrorDiagnostic(code: string | null): boolean {
  return code === null || code === "invalid-syntax" || code.startsWith("E9") || ERROR_CODES.has(code);
}

export function diagnosticToMarker(diagnostic: Diagnostic): LintMarker {
  const start = diagnostic.start_location;
  const end = diagnostic.end_location;
  // An empty range would be invisible; widen it by one column.
  const sameSpot = start.row === end.row && start.column === end.column;
  const tags = diagnostic.tags.map((tag) => (tag === "unnecessary" ? MarkerTag.Unnecessary : MarkerTag.Deprecated));
  const code = diagnostic.code && diagnostic.code !== "invalid-syntax" ? diagnostic.code : undefined;
  return {
    severity: isErrorDiagnostic(diagnostic.code) ? MarkerSeverity.Error : MarkerSeverity.Warning,
    message: diagnostic.message,
    code,
    source: "ruff",
    startLineNumber: start.row,
    startColumn: start.column,
    endLineNumber: end.row,
    endColumn: sameSpot ? end.column + 1 : end.column,
    ...(tags.length > 0 ? { tags } : {}),
  };
}
