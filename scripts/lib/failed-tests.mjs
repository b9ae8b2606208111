// Names the failed tests of a Vitest JSON report, one entry per test, for the
// closing lines of `npm test` (CI keeps only the tail of a long log).
import path from "node:path";

const firstLine = (text) => (text ?? "").split("\n").find((line) => line.trim() !== "")?.trim().slice(0, 300) ?? "";

/**
 * @param {string} level the test level ("unit", "e2e"...)
 * @param {{ testResults?: Array<{ name: string, status?: string, message?: string, assertionResults?: Array<{ fullName: string, status: string, failureMessages?: string[] }> }> }} report
 * @param {string} root paths are shown relative to it
 * @returns {string[]} "level: file > test name" followed by an indented first line of the error
 */
export function failedTests(level, report, root) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const where = `${level}: ${path.relative(root, file.name)}`;
    const failed = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failed) lines.push(`  ${where} > ${test.fullName}\n      ${firstLine(test.failureMessages?.[0])}`);
    // A file can fail outside any test (an import error, a failing hook): name the file then.
    if (file.status === "failed" && failed.length === 0) lines.push(`  ${where}\n      ${firstLine(file.message)}`);
  }
  return lines;
}
