// The grader against the real runtime's reports for broken submissions: the
// error shapes come from Pyodide and pytest, so only a real run shows that
// learners get the right explanation. Built from the shipped exercises'
// solutions with one deliberate break each.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGradableExercise } from "../../lib/exercises/hidden-tests";
import { gradeSubmission } from "../../lib/grading/grade";
import { mistakeTable } from "../../lib/grading/known-mistakes";
import { createNodeRuntime } from "../../lib/python-runtime/node/index";
import type { PythonRuntime } from "../../lib/python-runtime/types";

const flask = await loadGradableExercise("flask-hello-routes");
const both = await loadGradableExercise("both-health-endpoint");
const solution = flask.solution["app.py"];

let runtime: PythonRuntime;
beforeAll(async () => {
  runtime = createNodeRuntime();
  await runtime.boot();
});
afterAll(async () => {
  await runtime?.dispose();
});

const grade = (files: Record<string, string>, timeoutMs?: number) =>
  gradeSubmission(runtime, flask, files, timeoutMs ? { timeoutMs } : {});

describe("grading submissions that carry templates", () => {
  it("grades the learner's own template: |safe on a visitor's message fails the escaping check, with its known mistake", async () => {
    const guestbook = await loadGradableExercise("flask-guestbook");
    const page = guestbook.solution["templates/index.html"];
    expect((await gradeSubmission(runtime, guestbook, guestbook.solution)).passed).toBe(true);
    const unsafe = page.replace("{{ entry.message }}", "{{ entry.message|safe }}");
    const withMistakes = { ...guestbook, mistakes: mistakeTable(guestbook) };
    const { passed, feedback } = await gradeSubmission(runtime, withMistakes, { ...guestbook.solution, "templates/index.html": unsafe });
    expect(passed).toBe(false);
    const failed = feedback.checks.filter((c) => c.outcome !== "passed");
    expect(failed.map((c) => c.id)).toEqual(["test_hidden.py::test_entries_are_escaped"]);
    expect(failed[0].knownMistakes?.[0]).toMatchObject({ mistake: expect.stringContaining("|safe"), requirement: expect.stringContaining("escaped") });
  });

  it("reports a Jinja syntax error in a template with the template's name and line", async () => {
    const guestbook = await loadGradableExercise("flask-guestbook");
    const broken = guestbook.solution["templates/index.html"].replace("{% endfor %}\n</ul>", "\n</ul>");
    const { passed, feedback } = await gradeSubmission(runtime, guestbook, { ...guestbook.solution, "templates/index.html": broken });
    expect(passed).toBe(false);
    const failed = feedback.checks.find((c) => c.id === "test_hidden.py::test_page_uses_the_layout");
    expect(failed?.message).toContain("TemplateSyntaxError");
    expect(failed?.traceback.at(-1)).toContain('File "templates/index.html", line 20');
  });
});

describe("grading broken submissions through the real runtime", () => {
  it("points a syntax error at the learner's file and line", async () => {
    const { passed, feedback } = await grade({ "app.py": solution.replace("def hello_name(name):", "def hello_name(name)") });
    expect(passed).toBe(false);
    expect(feedback.problem).toMatchObject({ kind: "syntax", file: "app.py", line: 12 });
    expect(feedback.problem?.traceback.join("\n")).toContain("def hello_name(name)");
    expect(feedback.checks).toEqual([]);
  });

  it("says that `app` is missing", async () => {
    const renamed = solution.replace("app = Flask(__name__)", "api = Flask(__name__)").replaceAll("@app.", "@api.");
    const { feedback } = await grade({ "app.py": renamed });
    expect(feedback.problem).toMatchObject({ kind: "no-app", title: "No `app` found in `app.py`" });
    expect(feedback.problem?.message).not.toContain("/sandbox");
  });

  it("explains an unavailable package", async () => {
    const { feedback } = await grade({ "app.py": `import flask_cors\n${solution}` });
    expect(feedback.problem).toMatchObject({ kind: "import", file: "app.py", line: 1 });
  });

  it("stops an endless loop at the time limit", async () => {
    const { passed, feedback } = await grade({ "app.py": `${solution}\nwhile True:\n    pass\n` }, 3000);
    expect(passed).toBe(false);
    expect(feedback.problem?.kind).toBe("timeout");
    // The runtime restarts after a timeout; the next grade must work.
    expect((await grade(flask.solution)).passed).toBe(true);
  });

  it("shows a view's exception with the learner's frame only", async () => {
    const broken = solution.replace('return {"message": f"Hello, {name}!"}', 'return {"message": "Hello, " + 1}');
    const { feedback } = await grade({ "app.py": broken });
    const failed = feedback.checks.filter((c) => c.outcome !== "passed");
    expect(failed.map((c) => c.variant)).toEqual(["Ada", "Grace"]);
    expect(failed[0].message).toContain("TypeError");
    expect(failed[0].traceback.every((line) => !line.includes("test_hidden"))).toBe(true);
    expect(failed[0].traceback.join("\n")).toContain("app.py");
  });

  it("ignores a submitted conftest.py that would rewrite outcomes", async () => {
    const conftest = [
      "import pytest",
      "@pytest.hookimpl(hookwrapper=True)",
      "def pytest_runtest_makereport(item, call):",
      "    outcome = yield",
      "    outcome.get_result().outcome = 'passed'",
    ].join("\n");
    const { passed, feedback } = await grade({ ...flask.starter, "conftest.py": conftest });
    expect(passed).toBe(false);
    expect(feedback.ignoredFiles).toEqual(["conftest.py"]);
  });

  it("names the module without `app` in a both-frameworks exercise", async () => {
    const files = { ...both.solution, "fastapi_app.py": "from fastapi import FastAPI\n\napi = FastAPI()\n" };
    const { passed, feedback } = await gradeSubmission(runtime, both, files);
    expect(passed).toBe(false);
    expect(feedback.headline).toBe("No `app` found in `fastapi_app.py`.");
    expect(feedback.checks.filter((c) => c.variant === "Flask").every((c) => c.outcome === "passed")).toBe(true);
  });

  it("says when a failing check passes on its own because an earlier check left state behind", async () => {
    // Remembers the first name it was asked for: right for the first request of a run only.
    const leaky = solution.replace(
      'def hello_name(name):\n    return {"message": f"Hello, {name}!"}',
      'def hello_name(name):\n    seen.append(name)\n    return {"message": f"Hello, {seen[0]}!"}\n\n\nseen = []',
    );
    expect(leaky).not.toBe(solution);
    const { passed, feedback } = await gradeSubmission(runtime, flask, { "app.py": leaky }, { recheckAloneUpTo: 2 });
    expect(passed).toBe(false);
    const failed = feedback.checks.filter((c) => c.outcome === "failed");
    expect(failed.map((c) => [c.id, c.passesAlone])).toEqual([["test_hidden.py::test_hello_uses_the_name_from_the_url[Grace]", true]]);
  });
});

