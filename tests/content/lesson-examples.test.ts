// Every lesson example marked `python runnable` runs in the real container
// and must finish without an error, showing something (output or a check).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLessons } from "@/lib/content/lessons";
import { runnableExamples, showsSomething } from "@/lib/content/runnable-examples";
import { createNodeRuntime } from "@/lib/python-runtime/node/index";
import type { PythonRuntime } from "@/lib/python-runtime/types";

const examples = loadLessons().flatMap(runnableExamples);

describe("lesson examples run", () => {
  let runtime: PythonRuntime;
  beforeAll(async () => {
    runtime = createNodeRuntime({ timeoutMs: 20_000 });
    await runtime.boot();
  });
  afterAll(async () => runtime?.dispose());

  it("the course has runnable examples", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line}`, async () => {
      const result = await runtime.runProgram({ "example.py": example.code }, "example.py");
      const why = result.error ? `${result.error.message}\n${result.error.traceback.join("\n")}\n${result.stderr}` : result.stderr;
      expect(result.ok, why).toBe(true);
      expect(showsSomething(example, result.stdout), "prints nothing and asserts nothing at its top level").toBe(true);
    });
  }
});
