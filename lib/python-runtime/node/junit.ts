// JUnit XML for a TestReport, so CI systems can show sandbox test results.
import type { TestReport } from "../types";

const escape = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c)
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

export function toJUnitXml(report: TestReport, suiteName: string): string {
  const { summary } = report;
  const cases = report.tests.map((test) => {
    const [file, ...rest] = test.id.split("::");
    const attrs = `classname="${escape(file.replace(/\.py$/, "").replace(/\//g, "."))}" name="${escape(rest.join("::") || test.name)}" time="${(test.durationMs / 1000).toFixed(3)}"`;
    const detail = escape([test.message ?? "", ...test.traceback].join("\n"));
    const body =
      test.outcome === "failed" ? `<failure message="${escape((test.message ?? "").split("\n")[0])}">${detail}</failure>`
      : test.outcome === "error" ? `<error message="${escape((test.message ?? "").split("\n")[0])}">${detail}</error>`
      : test.outcome === "skipped" ? `<skipped message="${escape(test.message ?? "")}"/>`
      : "";
    return `    <testcase ${attrs}>${body}</testcase>`;
  });
  if (report.error) {
    cases.push(`    <testcase classname="sandbox" name="collection"><error message="${escape(report.error.message)}">${escape(report.error.traceback.join("\n"))}</error></testcase>`);
  }
  const errors = summary.errors + (report.error ? 1 : 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${summary.total}" failures="${summary.failed}" errors="${errors}" skipped="${summary.skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${escape(suiteName)}" tests="${summary.total}" failures="${summary.failed}" errors="${errors}" skipped="${summary.skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
