// The typed contract between the app and the Python container.
// The UI, the grader and the CLI use only these types and the facade that
// implements `PythonRuntime`; nobody else talks to the worker directly.

/** Files relative to the sandbox's working directory, e.g. `app.py`, `pkg/models.py`. */
export type SourceFiles = Record<string, string>;

export type BootPhase = "download" | "start" | "packages" | "ready";

export interface BootProgress {
  phase: BootPhase;
  /** Bytes (download) or steps done so far, when known. */
  loaded?: number;
  total?: number;
  message: string;
}

export type PythonErrorKind =
  | "timeout"
  | "cancelled"
  | "syntax"
  | "import"
  | "recursion"
  | "exit"
  | "memory"
  | "output-limit"
  | "no-app"
  | "exception"
  | "crash";

/** A learner-facing description of why Python did not finish normally. */
export interface PythonError {
  kind: PythonErrorKind;
  /** One or two sentences a learner can act on. */
  message: string;
  /** Python exception type name, when there is one (e.g. "SyntaxError"). */
  type?: string;
  /** Learner file and line the error points at, when known. */
  file?: string;
  line?: number;
  /** Traceback lines trimmed to the learner's files. */
  traceback: string[];
}

export interface OperationOptions {
  /** Wall-clock limit; the worker is terminated and respawned when it passes. */
  timeoutMs?: number;
  signal?: AbortSignal;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}

/** Which tests of a runTests call to run; without it, every test file. */
export interface TestSelection {
  /** pytest node ids (`test_app.py::test_create`, `test_app.py::test_health[flask]`) or test file paths. */
  select?: readonly string[];
  /** A pytest `-k` expression (`"create and not slow"`). */
  keyword?: string;
}

export type TestRunOptions = OperationOptions & TestSelection;

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** True when output passed the cap and was cut. */
  truncated: boolean;
  error: PythonError | null;
  durationMs: number;
}

export type TestOutcome = "passed" | "failed" | "error" | "skipped";

export interface TestCaseResult {
  /** pytest node id, e.g. `test_hidden.py::test_create_returns_201`. */
  id: string;
  name: string;
  outcome: TestOutcome;
  durationMs: number;
  /** The test's docstring: what it checks, in words a learner understands. */
  description: string | null;
  /** Assertion or exception message, e.g. `assert 422 == 201`. */
  message: string | null;
  /** Traceback lines that point into learner files. */
  traceback: string[];
  /**
   * What the code printed while this test ran (stdout and stderr in order,
   * then any log records), like Exercism's "Your output"; "" when nothing.
   * Kept up to 16 KiB per test; the report's stdout and stderr have it all.
   */
  output: string;
}

export interface TestReport {
  /** True when at least one test ran and none failed or errored. */
  ok: boolean;
  summary: { total: number; passed: number; failed: number; errors: number; skipped: number };
  tests: TestCaseResult[];
  /** Errors raised while importing test or learner modules. */
  error: PythonError | null;
  /** pytest's warnings, e.g. `test_app.py:7: PytestAssertRewriteWarning: assertion is always true, ...`. */
  warnings: string[];
  /**
   * Everything the code printed during the run: at module level (while the
   * files are imported) and inside tests. pytest's own terminal report is
   * not part of it. Output of both kinds counts against one cap.
   */
  stdout: string;
  stderr: string;
  truncated: boolean;
  durationMs: number;
}

export interface HttpRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  /** JSON body; sets content-type application/json. */
  json?: unknown;
  /** Form body; sets content-type application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  /** Raw text body, used when neither json nor form is given. */
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Parsed body when the response is JSON. */
  json?: unknown;
}

export interface AppCallResult {
  ok: boolean;
  response: HttpResponse | null;
  framework: "flask" | "fastapi" | null;
  stdout: string;
  stderr: string;
  error: PythonError | null;
  durationMs: number;
}

/** What a finished boot reported. */
export interface BootInfo {
  python: string;
  versions: Record<string, string>;
  /** Which pydantic-core runs: the project's pure-Python one (the bundle's) or a compiled one. */
  pydanticCore?: "pure" | "native";
  warmUpMs?: number;
  bootMs: number;
  /** "restored" (started from a snapshot), "saved" (started fresh, snapshot stored), or why neither. */
  snapshot?: string;
  warning?: string;
}

export interface PythonRuntime {
  /** Starts Pyodide and loads the package bundle; safe to call more than once. */
  boot(onProgress?: (progress: BootProgress) => void): Promise<void>;
  /** What the last successful boot reported, with the wasm heap size then; null before. */
  readonly bootInfo: (BootInfo & { heapBytes: number }) | null;
  /** Runs `entry` (a key of `files`) as `__main__`. */
  runProgram(files: SourceFiles, entry: string, options?: OperationOptions): Promise<RunResult>;
  /** Runs pytest on `tests` (test files) beside `files` (learner files). */
  runTests(files: SourceFiles, tests: SourceFiles, options?: TestRunOptions): Promise<TestReport>;
  /** Imports `entry`, finds its `app` (Flask or FastAPI) and sends it one request. */
  callApp(files: SourceFiles, entry: string, request: HttpRequest, options?: OperationOptions): Promise<AppCallResult>;
  /** The FastAPI app's OpenAPI document (an AppCallResult for GET /openapi.json). */
  openApi(files: SourceFiles, entry: string, options?: OperationOptions): Promise<AppCallResult>;
  /** Stops the operation in progress (it resolves with kind "cancelled"). */
  cancel(): void;
  dispose(): Promise<void>;
}
