// `npm test`: every test level in order (unit, content, end-to-end, the pure
// pydantic-core), then one closing line with the totals. Database migrations,
// the Python bundle, the browser and the Debian chroot of the pydantic-core
// reference are prepared by the levels themselves.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeHarness } from "./python-bundle/harness.mjs";
import { namedTests } from "./lib/failed-tests.mjs";
import { runE2e } from "./test-e2e.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const resultsDir = path.join(root, "test-results");
mkdirSync(resultsDir, { recursive: true });
const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
const reportArgs = (level) => ["--reporter=default", "--reporter=json", `--outputFile.json=${path.join(resultsDir, `${level}.json`)}`];

const levels = [
  { name: "unit", run: () => spawnSync(process.execPath, [vitest, "run", "--project", "unit", ...reportArgs("unit")], { cwd: root, stdio: "inherit" }).status ?? 1 },
  { name: "content", run: () => spawnSync(process.execPath, [vitest, "run", "--project", "content", "--passWithNoTests", ...reportArgs("content")], { cwd: root, stdio: "inherit" }).status ?? 1 },
  { name: "e2e", run: () => runE2e(reportArgs("e2e")) },
  // pytest suite + differential oracle in the forky chroot; skipped (with a message) when the chroot is absent and cannot be built.
  { name: "pydantic-core", run: () => spawnSync("bash", [path.join(root, "pure-pydantic-core/tools/test.sh"), "--report", path.join(resultsDir, "pydantic-core.json")], { cwd: root, stdio: "inherit" }).status ?? 1 },
];

// The browser's copy of the Python harness follows the source tree, as with `npm start`.
await writeHarness();

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedLevels = [];
const failures = [];
const flaky = [];
for (const level of levels) {
  const report = path.join(resultsDir, `${level.name}.json`);
  rmSync(report, { force: true });
  console.log(`\n=== ${level.name} tests ===`);
  const status = await level.run();
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    const named = namedTests(level.name, json, root);
    failures.push(...named.failed);
    flaky.push(...named.flaky);
  }
  if (status !== 0) failedLevels.push(level.name);
}

// CI keeps only the tail of a long log, so these are named again here, last.
if (flaky.length) console.log(`\nPassed only on a retry (flaky; each needs a look):\n${flaky.join("\n")}`);
if (failures.length) console.log(`\nFailed tests:\n${failures.join("\n")}`);
console.log(`\nLevels failed: ${failedLevels.length ? failedLevels.join(", ") : "none"}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedLevels.length ? 1 : 0);

