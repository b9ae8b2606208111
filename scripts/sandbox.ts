// The Python container from the command line, for instructors and CI.
//   npm run sandbox -- test <dir> [-k <expr>] [--select <node id>]... [--junit <file>] [--timeout <ms>]
//        pytest on a project folder (its text files: Python, templates,
//        static files, configuration); prints a JSON TestReport. -k and
//        --select (a node id relative to <dir>, repeatable) choose tests.
//   npm run sandbox -- run <file.py> [--timeout <ms>]
//        runs one file (its folder's other files beside it); streams output
// Files that cannot be sent (binary, over 1 MiB, tool folders) are listed
// on stderr.
// Exit codes: 0 all passed / ran cleanly, 1 failures or a Python error, 2 usage error.
import { existsSync, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createNodeRuntime } from "../lib/python-runtime/node/index";
import { toJUnitXml } from "../lib/python-runtime/node/junit";
import { readPythonFolder, type SkippedFile } from "../lib/python-runtime/node/python-folder";

const USAGE = `usage:
  npm run sandbox -- test <dir> [-k <expr>] [--select <node id>]... [--junit <file>] [--timeout <ms>]
  npm run sandbox -- run <file.py> [--timeout <ms>]`;

function usage(problem: string): never {
  process.stderr.write(`${problem}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const [command, target, ...rest] = argv;
  if (command !== "test" && command !== "run") usage(command ? `unknown command: ${command}` : "missing command");
  if (!target) usage(`missing ${command === "test" ? "<dir>" : "<file.py>"}`);
  let junit: string | undefined;
  let timeoutMs = 30_000;
  let keyword: string | undefined;
  const select: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (flag === "--junit" && command === "test" && value) junit = value;
    else if (flag === "-k" && command === "test" && value) keyword = value;
    else if (flag === "--select" && command === "test" && value) select.push(value.replaceAll("\\", "/"));
    else if (flag === "--timeout" && value && Number(value) > 0) timeoutMs = Number(value);
    else usage(`unexpected argument: ${flag}`);
    i += 1;
  }
  return { command, target: path.resolve(target), junit, timeoutMs, keyword, select: select.length ? select : undefined };
}

function reportSkipped(skipped: SkippedFile[]) {
  if (skipped.length === 0) return;
  process.stderr.write(`sandbox: left out of the container (${skipped.length}):\n`);
  for (const file of skipped) process.stderr.write(`  ${file.path}: ${file.reason}\n`);
}

async function main() {
  const { command, target, junit, timeoutMs, keyword, select } = parseArgs(process.argv.slice(2));
  if (command === "test" && !(existsSync(target) && statSync(target).isDirectory())) usage(`not a directory: ${target}`);
  if (command === "run" && !(existsSync(target) && target.endsWith(".py"))) usage(`not a .py file: ${target}`);

  const runtime = createNodeRuntime({ timeoutMs });
  try {
    await runtime.boot();
    if (command === "test") {
      const { files, tests, skipped } = await readPythonFolder(target);
      reportSkipped(skipped);
      if (Object.keys(tests).length === 0) usage(`no test files (test_*.py) in ${target}`);
      const report = await runtime.runTests(files, tests, { keyword, select });
      process.stdout.write(JSON.stringify(report, null, 2) + "\n");
      if (junit) await writeFile(junit, toJUnitXml(report, path.basename(target)));
      return report.ok ? 0 : 1;
    }
    const dir = path.dirname(target);
    const { files, tests, skipped } = await readPythonFolder(dir);
    reportSkipped(skipped);
    const entry = path.basename(target);
    const all = { ...files, ...tests, [entry]: await readFile(target, "utf8") };
    const result = await runtime.runProgram(all, entry, {
      onStdout: (text) => process.stdout.write(text),
      onStderr: (text) => process.stderr.write(text),
    });
    if (result.error) process.stderr.write(`\n${[result.error.message, ...result.error.traceback].join("\n")}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await runtime.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
