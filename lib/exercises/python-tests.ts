// Small, dependency-free knowledge about pytest files and ids, shared by the
// loader (which checks that wrong answers name real hidden tests) and the
// grader (which matches report ids against those names).

/** pytest's default collection pattern (`python_files`): `test_*.py` or `*_test.py`. */
export function isTestFile(path: string): boolean {
  const base = path.split("/").pop() ?? path;
  return /^test_.*\.py$/.test(base) || /^.*_test\.py$/.test(base);
}

/** Files pytest finds by itself in a test run: the ones it collects, and conftest.py. */
export function isPytestFile(path: string): boolean {
  return isTestFile(path) || path.split("/").pop() === "conftest.py";
}

/**
 * Files that steer pytest itself. A learner file with one of these names could
 * change how the hidden tests run (a conftest.py can rewrite every outcome), so
 * they are never taken from a submission.
 */
export function isPytestControlFile(path: string): boolean {
  const base = path.split("/").pop() ?? path;
  return isPytestFile(path) || ["pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini"].includes(base);
}

export interface DefinedTest {
  /** Base id: `file::function` or `file::Class::method`. */
  id: string;
  /** 1-based line of the `def`. */
  line: number;
  /** Whether the body starts with a docstring (what a learner sees on failure). */
  hasDocstring: boolean;
  /** The docstring's text, indentation removed, or null. */
  docstring: string | null;
}

/**
 * The tests defined in `source`. A line scanner, not a Python parser: it reads
 * module-level `def test_*` and methods of module-level `class Test*`, which
 * is what pytest collects by default.
 */
export function parseTests(file: string, source: string): DefinedTest[] {
  const lines = source.split(/\r?\n/);
  const tests: DefinedTest[] = [];
  let testClass: string | null = null;
  let methodIndent: number | null = null;
  lines.forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) {
      testClass = null;
      methodIndent = null;
      const fn = /^(?:async\s+)?def\s+(test\w*)\s*\(/.exec(line);
      if (fn) tests.push(definedTest(`${file}::${fn[1]}`, lines, index));
      const cls = /^class\s+(Test\w*)\s*[(:]/.exec(line);
      if (cls) testClass = cls[1];
      return;
    }
    if (!testClass) return;
    const method = /^\s+(?:async\s+)?def\s+(\w+)\s*\(/.exec(line);
    if (!method) return;
    methodIndent ??= indent;
    if (indent === methodIndent && method[1].startsWith("test")) {
      tests.push(definedTest(`${file}::${testClass}::${method[1]}`, lines, index));
    }
  });
  return tests;
}

/** Base ids of the tests defined in `source` (see `parseTests`). */
export function parseTestIds(file: string, source: string): string[] {
  return parseTests(file, source).map((test) => test.id);
}

function definedTest(id: string, lines: string[], defIndex: number): DefinedTest {
  const docstring = docstringAfter(lines, defIndex);
  return { id, line: defIndex + 1, hasDocstring: docstring !== null, docstring };
}

/** The text of a triple-quoted docstring right after the `def` at `defIndex`, or null. */
function docstringAfter(lines: string[], defIndex: number): string | null {
  // Skip to the end of a signature that may span lines (`def f(\n  a,\n):`).
  let index = defIndex;
  while (index < lines.length && !/:\s*(#.*)?$/.test(lines[index])) index++;
  for (index++; index < lines.length; index++) {
    const text = lines[index].trim();
    if (text === "" || text.startsWith("#")) continue;
    const open = /^[rRuU]?("""|''')/.exec(text);
    if (!open) return null;
    const quote = open[1];
    const first = text.slice(open[0].length);
    if (first.includes(quote)) return first.slice(0, first.indexOf(quote)).trim();
    const body = [first];
    for (index++; index < lines.length; index++) {
      const end = lines[index].indexOf(quote);
      body.push(end >= 0 ? lines[index].slice(0, end) : lines[index]);
      if (end >= 0) break;
    }
    return dedent(body).trim();
  }
  return null;
}

function dedent(lines: string[]): string {
  const [first, ...rest] = lines;
  const indents = rest.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return [first.trim(), ...rest.map((line) => line.slice(cut))].join("\n");
}

export interface ParsedTestId {
  file: string;
  /** Function name, or class and method name. */
  names: string[];
  /** The parametrization inside `[...]`, e.g. `flask`, or null. */
  param: string | null;
  /** The id without its parametrization. */
  base: string;
}

export function parseTestId(id: string): ParsedTestId {
  const match = /^(.*?)(?:\[(.*)\])?$/.exec(id);
  const base = match?.[1] ?? id;
  const [file, ...names] = base.split("::");
  return { file, names, param: match?.[2] ?? null, base };
}

function sameFile(a: string, b: string): boolean {
  // The runtime may report ids relative to a directory of its own
  // (`tests/test_hidden.py`); compare from the end.
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}

/**
 * Whether a report id denotes the wanted test. A wanted id without a
 * parametrization matches every variant (`test_x` matches `test_x[flask]`).
 */
export function testIdMatches(reportId: string, wanted: string): boolean {
  const got = parseTestId(reportId);
  const want = parseTestId(wanted);
  if (!sameFile(got.file, want.file)) return false;
  if (got.names.join("::") !== want.names.join("::")) return false;
  return want.param === null || want.param === got.param;
}
