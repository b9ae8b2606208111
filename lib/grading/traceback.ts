// Traceback trimming. The runtime already aims to return learner frames only,
// but the grader must not rely on it: a frame inside a hidden test file would
// show the learner the hidden test's source. So the grader trims again,
// keeping only frames whose file is one of the learner's.

// `File "/home/pyodide/app.py", line 12, in create` (Python) or
// `app.py:12: in create` / `app.py:12: AssertionError` (pytest's long form).
const PYTHON_FRAME = /^\s*File "([^"]+)", line (\d+)/;
const PYTEST_FRAME = /^(\S+\.py):(\d+):/;

function frameFile(line: string): string | null {
  return PYTHON_FRAME.exec(line)?.[1] ?? PYTEST_FRAME.exec(line)?.[1] ?? null;
}

/** The learner file a sandbox path denotes (`/home/pyodide/app.py` -> `app.py`), or null. */
export function learnerFileFor(file: string, learnerFiles: readonly string[]): string | null {
  const normalized = file.replace(/\\/g, "/");
  return learnerFiles.find((name) => normalized === name || normalized.endsWith(`/${name}`)) ?? null;
}

/**
 * Keeps the frames that point into learner files, each with the source lines
 * printed under it (they are indented). Everything else goes: frames in test
 * files and libraries, the "Traceback (most recent call last):" banner and the
 * final exception line, which the feedback shows as the message instead.
 */
export function trimTraceback(lines: readonly string[], learnerFiles: readonly string[]): string[] {
  const kept: string[] = [];
  let keeping = false;
  for (const raw of lines.flatMap((line) => line.split("\n"))) {
    const file = frameFile(raw);
    if (file !== null) {
      const learnerFile = learnerFileFor(file, learnerFiles);
      keeping = learnerFile !== null;
      // Show the path as the learner knows it, not the sandbox's absolute path.
      if (learnerFile) kept.push(raw.replace(file, learnerFile));
      continue;
    }
    if (keeping && /^\s+\S/.test(raw)) kept.push(raw);
    else keeping = keeping && raw.trim() === "";
  }
  return kept;
}

/**
 * Replaces sandbox paths of learner files inside a message with the names the
 * learner knows: `(/sandbox/work/app.py)` -> `(app.py)`.
 */
export function relativizePaths(text: string, learnerFiles: readonly string[]): string {
  return text.replace(/\/[\w./-]+\.py\b/g, (found) => learnerFileFor(found, learnerFiles) ?? found);
}
