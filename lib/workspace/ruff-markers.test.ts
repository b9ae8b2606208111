import type { Diagnostic } from "@astral-sh/ruff-wasm-web";
import { describe, expect, it } from "vitest";
import { MarkerSeverity, MarkerTag, diagnosticToMarker, isErrorDiagnostic } from "./ruff-markers";

const diagnostic = (overrides: Partial<Diagnostic>): Diagnostic => ({
  code: "F401",
  message: "`os` imported but unused",
  tags: [],
  annotations: [],
  subDiagnostics: [],
  start_location: { row: 1, column: 8 },
  end_location: { row: 1, column: 10 },
  fix: null,
  ...overrides,
});

describe("diagnosticToMarker", () => {
  it("keeps ruff's 1-based positions and code, as a warning for style rules", () => {
    expect(diagnosticToMarker(diagnostic({ tags: ["unnecessary"] }))).toEqual({
      severity: MarkerSeverity.Warning,
      message: "`os` imported but unused",
      code: "F401",
      source: "ruff",
      startLineNumber: 1,
      startColumn: 8,
      endLineNumber: 1,
      endColumn: 10,
      tags: [MarkerTag.Unnecessary],
    });
  });

  it("marks syntax errors and undefined names as errors", () => {
    expect(diagnosticToMarker(diagnostic({ code: null, message: "SyntaxError: Expected ':'" })).severity).toBe(MarkerSeverity.Error);
    expect(diagnosticToMarker(diagnostic({ code: "invalid-syntax" })).code).toBeUndefined();
    expect(isErrorDiagnostic("F821")).toBe(true);
    expect(isErrorDiagnostic("E902")).toBe(true);
    expect(isErrorDiagnostic("F841")).toBe(false);
  });

  it("widens an empty range so the marker is visible", () => {
    const marker = diagnosticToMarker(diagnostic({ start_location: { row: 3, column: 5 }, end_location: { row: 3, column: 5 } }));
    expect([marker.startColumn, marker.endColumn]).toEqual([5, 6]);
  });
});
