import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExerciseLoadError } from "./errors";
import { loadGradableExercise } from "./hidden-tests";
import { ExerciseNotFoundError, listExercises, listExerciseSlugs, loadExercise } from "./loader";
import { toPublicExercise } from "./public-exercise";
import { makeFixtureDir, validTree, VALID_META } from "./testing/fixture-exercise";
import type { FixtureDir, FileTree } from "./testing/fixture-exercise";
import { wrongAnswerFiles } from "./wrong-answers";

let fixture: FixtureDir;
beforeEach(async () => {
  fixture = await makeFixtureDir();
});
afterEach(() => fixture.cleanup());

const options = () => ({ exercisesDir: fixture.exercisesDir });

async function loadError(tree: FileTree, slug = "demo"): Promise<string> {
  await fixture.write(slug, tree);
  const error = await loadExercise(slug, options()).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExerciseLoadError);
  return (error as Error).message;
}

const withMeta = (patch: Record<string, unknown>): FileTree => ({
  ...validTree(),
  "exercise.json": JSON.stringify({ ...VALID_META, ...patch }),
});

describe("loadExercise", () => {
  it("loads a valid exercise with its files, hidden test ids and wrong answers", async () => {
    await fixture.write("demo", validTree());
    const exercise = await loadExercise("demo", options());
    expect(exercise.slug).toBe("demo");
    expect(exercise.meta.framework).toBe("flask");
    expect(Object.keys(exercise.starter)).toEqual(["app.py"]);
    expect(Object.keys(exercise.visibleTests)).toEqual(["test_visible.py"]);
    expect(exercise.hiddenTestIds).toEqual(["test_hidden.py::test_ok", "test_hidden.py::test_created"]);
    expect(exercise.wrongAnswers).toHaveLength(1);
    expect(exercise.wrongAnswers[0].files).toEqual({ "app.py": expect.stringContaining("# wrong") });
    expect(exercise).not.toHaveProperty("hiddenTests");
  });

  it("names the file and field of a schema error", async () => {
    expect(await loadError(withMeta({ framework: "django" }))).toBe(
      'exercises/demo/exercise.json: framework: expected "flask" | "fastapi" | "both", got "django"',
    );
  });

  it("reports a missing required field and an unknown one", async () => {
    const meta: Record<string, unknown> = { ...VALID_META, hint: [] };
    delete meta.hints;
    const message = await loadError({ ...validTree(), "exercise.json": JSON.stringify(meta) });
    expect(message).toContain("exercises/demo/exercise.json: hints: required field is missing");
    expect(message).toContain("exercises/demo/exercise.json: hint: unknown field");
  });

  it("reports invalid JSON with the file name", async () => {
    expect(await loadError({ ...validTree(), "exercise.json": "{ title: 1 " })).toMatch(
      /^exercises\/demo\/exercise\.json: invalid JSON: /,
    );
  });

  it("checks that the entry file exists in starter/ and solution/", async () => {
    const message = await loadError(withMeta({ entry: "main.py" }));
    expect(message).toContain('exercises/demo/starter/: entry file "main.py" (exercise.json: entry) is missing');
    expect(message).toContain('exercises/demo/solution/: entry file "main.py" (exercise.json: entry) is missing');
  });

  it("checks both entry files of a both-frameworks exercise", async () => {
    const message = await loadError(
      withMeta({ framework: "both", entry: { flask: "app.py", fastapi: "fastapi_app.py" } }),
    );
    expect(message).toContain('exercises/demo/starter/: entry file "fastapi_app.py"');
  });

  it("requires hidden tests", async () => {
    expect(await loadError({ ...validTree(), "tests/hidden/test_hidden.py": null })).toBe(
      "exercises/demo/tests/hidden/: folder is missing",
    );
    expect(await loadError({ ...validTree(), "tests/hidden/test_hidden.py": "x = 1\n" }, "demo-two")).toBe(
      "exercises/demo-two/tests/hidden/test_hidden.py: defines no test functions (def test_...)",
    );
  });

  it("requires a docstring on every hidden test", async () => {
    const source = "def test_no_doc():\n    assert True\n";
    expect(await loadError({ ...validTree(), "tests/hidden/test_hidden.py": source })).toContain(
      "exercises/demo/tests/hidden/test_hidden.py: test_no_doc: line 1: hidden tests need a docstring",
    );
  });

  it("checks that each wrong answer names a real hidden test", async () => {
    const wrong = JSON.stringify({ mustFail: ["test_hidden.py::test_typo"], explanation: "Answers 200 where 201 is due." });
    expect(await loadError({ ...validTree(), "wrong/returns-200/wrong.json": wrong })).toBe(
      'exercises/demo/wrong/returns-200/wrong.json: mustFail.0: "test_hidden.py::test_typo" is not a test in tests/hidden/',
    );
  });

  it("accepts a parametrized id for a wrong answer", async () => {
    const wrong = JSON.stringify({ mustFail: ["test_hidden.py::test_created[flask]"], explanation: "Fails on Flask only." });
    await fixture.write("demo", { ...validTree(), "wrong/returns-200/wrong.json": wrong });
    expect((await loadExercise("demo", options())).wrongAnswers[0].mustFail).toEqual(["test_hidden.py::test_created[flask]"]);
  });

  it("rejects a wrong answer without wrong.json or without files", async () => {
    const message = await loadError({ ...validTree(), "wrong/returns-200/wrong.json": null, "wrong/empty/wrong.json": "{}" });
    expect(message).toContain("exercises/demo/wrong/returns-200/wrong.json: file is missing");
    expect(message).toContain("exercises/demo/wrong/empty/: no files besides wrong.json");
    expect(message).toContain("exercises/demo/wrong/empty/wrong.json: mustFail: required field is missing");
  });

  it("keeps pytest files out of learner folders", async () => {
    expect(await loadError({ ...validTree(), "starter/conftest.py": "" })).toContain(
      "exercises/demo/starter/conftest.py: learner folders cannot hold pytest files",
    );
  });

  it("requires instructions.md", async () => {
    expect(await loadError({ ...validTree(), "instructions.md": null })).toBe("exercises/demo/instructions.md: file is missing");
  });

  it("throws ExerciseNotFoundError for an unknown slug", async () => {
    await expect(loadExercise("nope", options())).rejects.toBeInstanceOf(ExerciseNotFoundError);
    await expect(loadExercise("nope", options())).rejects.toThrow("exercises/nope/: exercise folder not found");
  });

  it("rejects a folder name that is not a slug", async () => {
    expect(await loadError(validTree(), "Bad_Name")).toContain("exercises/Bad_Name/: folder name must be a kebab-case slug");
  });
});

describe("listExercises", () => {
  it("lists every exercise folder, skipping drafts", async () => {
    await fixture.write("b-second", validTree());
    await fixture.write("a-first", validTree());
    await fixture.write("_draft", { "notes.md": "wip" });
    expect(await listExerciseSlugs(options())).toEqual(["a-first", "b-second"]);
    expect((await listExercises(options())).map((e) => e.slug)).toEqual(["a-first", "b-second"]);
  });

  it("names the problems of every broken exercise at once", async () => {
    await fixture.write("good", validTree());
    await fixture.write("bad-one", withMeta({ timeLimitMs: 1 }));
    await fixture.write("bad-two", { ...validTree(), "instructions.md": "  \n" });
    const error = await listExercises(options()).catch((e: unknown) => e as ExerciseLoadError);
    expect(error).toBeInstanceOf(ExerciseLoadError);
    expect((error as ExerciseLoadError).problems.map((p) => p.file)).toEqual([
      "exercises/bad-one/exercise.json",
      "exercises/bad-two/instructions.md",
    ]);
  });
});

describe("server-only data", () => {
  it("accepts requirements quoted from the instructions, each tied to a wrong answer and one of its tests", async () => {
    const requirements = [{ says: "Do   the *thing*.", wrong: "returns-200", test: "test_hidden.py::test_created" }];
    await fixture.write("demo", withMeta({ requirements }));
    expect((await loadExercise("demo", options())).meta.requirements).toEqual(requirements);
  });

  it("names each requirement that is not in the instructions, or names a missing wrong answer or test", async () => {
    const message = await loadError(
      withMeta({
        requirements: [
          { says: "Do something else entirely.", wrong: "returns-200", test: "test_hidden.py::test_created" },
          { says: "Do the thing.", wrong: "no-such-answer", test: "test_hidden.py::test_created" },
          { says: "Do the thing.", wrong: "returns-200", test: "test_hidden.py::test_ok" },
        ],
      }),
    );
    expect(message).toContain("exercises/demo/exercise.json: requirements.0.says: is not words of instructions.md");
    expect(message).toContain('exercises/demo/exercise.json: requirements.1.wrong: no wrong answer "no-such-answer" in wrong/');
    expect(message).toContain('exercises/demo/exercise.json: requirements.2.test: "test_hidden.py::test_ok" is not in wrong/returns-200/wrong.json mustFail');
  });

  it("reads alternative solutions as files laid over the solution, and keeps them from the browser", async () => {
    await fixture.write("demo", { ...validTree(), "alternatives/with-classes/app.py": "# alternative\n" });
    const gradable = await loadGradableExercise("demo", options());
    expect(gradable.alternatives).toEqual([{ name: "with-classes", files: { "app.py": "# alternative\n" } }]);
    expect(JSON.stringify(toPublicExercise(gradable))).not.toContain("# alternative");
  });

  it("toPublicExercise leaves out the solution, hidden tests and wrong answers", async () => {
    await fixture.write("demo", validTree());
    const gradable = await loadGradableExercise("demo", options());
    const shown = toPublicExercise(gradable);
    const json = JSON.stringify(shown);
    expect(json).not.toContain("# solved");
    expect(json).not.toContain("# wrong");
    expect(json).not.toContain("test_created");
    expect(Object.keys(shown).sort()).toEqual(
      ["entry", "framework", "hints", "instructions", "lesson", "slug", "starter", "summary", "timeLimitMs", "title", "visibleTests"].sort(),
    );
    expect(shown.starter).toEqual(gradable.starter);
  });

  it("loadGradableExercise adds the hidden test files", async () => {
    await fixture.write("demo", validTree());
    const gradable = await loadGradableExercise("demo", options());
    expect(Object.keys(gradable.hiddenTests)).toEqual(["test_hidden.py"]);
  });

  it("wrongAnswerFiles lays the wrong answer over the solution", async () => {
    await fixture.write("demo", { ...validTree(), "solution/helpers.py": "X = 1\n" });
    const exercise = await loadExercise("demo", options());
    const files = wrongAnswerFiles(exercise, exercise.wrongAnswers[0]);
    expect(files["app.py"]).toContain("# wrong");
    expect(files["helpers.py"]).toBe("X = 1\n");
  });
});
