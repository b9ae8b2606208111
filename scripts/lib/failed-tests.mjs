// Names the failed tests of a Vitest JSON report, and the ones that passed
// only on a retry, for the closing lines of `npm test` (CI keeps only the
// tail of a long log).
import path from "node:path";

const firstLine = (text) => (text ?? "").split("\n").find((line) => line.trim() !== "")?.trim().slice(0, 300) ?? "";

/**
 * @typedef {{ name: string, status?: string, message?: string, assertionResults?: Array<{ fullName: string, status: string, failureMessages?: string[] }> }} FileResult
 * @param {string} level the test level ("unit", "e2e"...)
 * @param {{ testResults?: FileResult[] }} report
 * @param {string} root paths are shown relative to it
 * @returns {{ failed: string[], flaky: string[] }} each entry "level: file > test name", then an indented first line of the (first) error
 */
export function namedTests(level, report, root) {
  const failed = [];
  const flaky = [];
  for (const file of report.testResults ?? []) {
    const where = `${level}: ${path.relative(root, file.name)}`;
    const tests = file.assertionResults ?? [];
    const entry = (test) => `  ${where} > ${test.fullName}\n      ${firstLine(test.failureMessages?.[0])}`;
    for (const test of tests.filter((test) => test.status === "failed")) failed.push(entry(test));
    // A passed test keeps the errors of the attempts before: it passed on a retry.
    for (const test of tests.filter((test) => test.status === "passed" && test.failureMessages?.length)) flaky.push(entry(test));
    // A file can fail outside any test (an import error, a failing hook): name the file then.
    if (file.status === "failed" && !tests.some((test) => test.status === "failed")) failed.push(`  ${where}\n      ${firstLine(file.message)}`);
  }
  return { failed, flaky };
}
