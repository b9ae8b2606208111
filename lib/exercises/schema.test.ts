import { describe, expect, it } from "vitest";
import { z } from "zod";
import { entryFiles, ExerciseMetaSchema, WrongAnswerMetaSchema } from "./schema";
import { VALID_META } from "./testing/fixture-exercise";

function fields(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
}

describe("ExerciseMetaSchema", () => {
  it("accepts a valid single-framework exercise", () => {
    expect(ExerciseMetaSchema.parse(VALID_META).entry).toBe("app.py");
  });

  it("accepts framework both with one entry per framework", () => {
    const meta = ExerciseMetaSchema.parse({
      ...VALID_META,
      framework: "both",
      entry: { flask: "flask_app.py", fastapi: "fastapi_app.py" },
    });
    expect(entryFiles(meta)).toEqual(["flask_app.py", "fastapi_app.py"]);
  });

  it("rejects an unknown framework with the allowed values in the message", () => {
    const result = ExerciseMetaSchema.safeParse({ ...VALID_META, framework: "django" });
    expect(fields(result)).toEqual(["framework"]);
    expect(result.error?.issues[0].message).toBe('expected "flask" | "fastapi" | "both"');
  });

  it("rejects a single entry file when framework is both, and an entry object otherwise", () => {
    expect(fields(ExerciseMetaSchema.safeParse({ ...VALID_META, framework: "both" }))).toEqual(["entry"]);
    const dual = { ...VALID_META, entry: { flask: "a.py", fastapi: "b.py" } };
    expect(fields(ExerciseMetaSchema.safeParse(dual))).toEqual(["entry"]);
  });

  it.each([
    ["entry", { entry: "../app.py" }],
    ["entry", { entry: "app.js" }],
    ["hints", { hints: [] }],
    ["hints.1", { hints: ["ok", ""] }],
    ["timeLimitMs", { timeLimitMs: 10 }],
    ["timeLimitMs", { timeLimitMs: 2500.5 }],
    ["lesson", { lesson: "Flask Routing" }],
    ["title", { title: "" }],
    ["requires.0", { requires: ["pydantic-3"] }],
  ])("names the field %s for %j", (field, patch) => {
    expect(fields(ExerciseMetaSchema.safeParse({ ...VALID_META, ...patch }))).toEqual([field]);
  });

  it("rejects unknown fields, so a typo does not pass silently", () => {
    const result = ExerciseMetaSchema.safeParse({ ...VALID_META, hint: ["typo"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].code).toBe("unrecognized_keys");
  });

  it("describes every field", () => {
    for (const [name, field] of Object.entries(ExerciseMetaSchema.shape)) {
      expect(field.description, name).toBeTruthy();
    }
    for (const [name, field] of Object.entries(WrongAnswerMetaSchema.shape)) {
      expect(field.description, name).toBeTruthy();
    }
  });
});

describe("WrongAnswerMetaSchema", () => {
  it("accepts plain and parametrized test ids", () => {
    const ok = WrongAnswerMetaSchema.safeParse({
      mustFail: [
        "test_hidden.py::test_a",
        "test_hidden.py::test_b[flask]",
        "test_x.py::TestApi::test_c",
        "test_hidden.py::test_hours[saturday-10:00]",
      ],
      explanation: "Explains the mistake.",
    });
    expect(ok.success).toBe(true);
  });

  it.each([["test_a"], ["hidden.py::test_a"], ["test_hidden.py::"], ["test_hidden.py::test_a[]"]])("rejects the id %s", (id) => {
    const result = WrongAnswerMetaSchema.safeParse({ mustFail: [id], explanation: "Explains the mistake." });
    expect(fields(result)).toEqual(["mustFail.0"]);
  });
});
