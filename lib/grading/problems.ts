// Learner-facing titles and advice for each way a run can go wrong. The
// runtime's own message (what happened) is kept; this adds what to do next.
import type { PythonErrorKind } from "../python-runtime/types";

export type ProblemKind = PythonErrorKind | "no-tests" | "missing-tests";

export interface ProblemContext {
  /** Modules that must define `app`, e.g. ["app.py"]. */
  entryFiles: readonly string[];
  timeLimitMs?: number;
  file?: string;
  line?: number;
}

const where = (c: ProblemContext) => (c.file ? ` in ${c.file}${c.line ? `, line ${c.line}` : ""}` : "");
const entries = (c: ProblemContext) => c.entryFiles.map((f) => `\`${f}\``).join(" and ") || "your module";
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export function problemTitle(kind: ProblemKind, c: ProblemContext): string {
  switch (kind) {
    case "timeout": return c.timeLimitMs ? `Your code ran longer than ${seconds(c.timeLimitMs)}` : "Your code took too long";
    case "cancelled": return "The run was stopped";
    case "syntax": return `Python could not read your code${where(c)}`;
    case "import": return `An import failed${where(c)}`;
    case "recursion": return `A function kept calling itself${where(c)}`;
    case "exit": return "Your code called exit()";
    case "memory": return "Your code used too much memory";
    case "output-limit": return "Your code printed too much";
    case "no-app": return `No \`app\` found in ${entries(c)}`;
    case "exception": return `Your code raised an error while loading${where(c)}`;
    case "crash": return "The Python sandbox stopped unexpectedly";
    case "no-tests": return "No checks ran";
    case "missing-tests": return "Some checks did not run";
  }
}

export function problemAdvice(kind: ProblemKind, c: ProblemContext): string {
  switch (kind) {
    case "timeout":
      return "Code at module level runs when the tests import your file: a `while True:` loop, input() or app.run() there never returns. Inside a view, check that every loop can end.";
    case "cancelled":
      return "Nothing was graded. Submit again when you are ready.";
    case "syntax":
      return "Look at the line shown and the one before it: a missing colon, bracket, quote or a wrong indentation is the usual cause.";
    case "import":
      return "Check the spelling of module and name. Only the standard library, Flask, FastAPI and Pydantic are available here.";
    case "recursion":
      return "Check the function in the traceback: every recursive call needs a case that stops.";
    case "exit":
      return "Remove exit(), sys.exit() and app.run(): the tests import your module and call `app` themselves.";
    case "memory":
      return "Look for a list or string that grows inside a loop without end.";
    case "output-limit":
      return "Remove print() calls inside loops; the tests only look at the HTTP responses.";
    case "no-app":
      return `The tests import \`app\` from ${entries(c)}. Create it at module level, for example \`app = Flask(__name__)\` or \`app = FastAPI()\`, and keep that name.`;
    case "exception":
      return "The tests import your module first; code at module level (outside functions) must run without errors.";
    case "crash":
      return "This is not your fault. Submit again; if it keeps happening, reload the page.";
    case "no-tests":
      return `The checks could not start. Make sure ${entries(c)} can be imported and defines \`app\`.`;
    case "missing-tests":
      return "Something in your code stopped the test run early (for example exit() or os._exit()). Those checks count as failed.";
  }
}
