// Reads a folder of .py files the way the CLI, the bench and the tests need
// it: test files (test_*.py, *_test.py, conftest.py) apart from the rest.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { SourceFiles } from "../types";

export const isTestFile = (name: string) => /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/.test(name);

export async function readPythonFolder(dir: string): Promise<{ files: SourceFiles; tests: SourceFiles }> {
  const files: SourceFiles = {};
  const tests: SourceFiles = {};
  const names = (await readdir(dir, { recursive: true })).map((n) => n.split(path.sep).join("/"));
  for (const name of names.sort()) {
    if (!name.endsWith(".py") || name.includes("__pycache__")) continue;
    const text = await readFile(path.join(dir, name), "utf8");
    (isTestFile(name) ? tests : files)[name] = text;
  }
  return { files, tests };
}
