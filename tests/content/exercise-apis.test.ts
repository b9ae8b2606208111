// Every framework API an exercise's solution uses is taught by its lesson or
// an earlier one, or named in its instructions (lib/content/taught-apis.ts).
// The solution is read by Python's own parser, in the course's container.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLessons } from "@/lib/content/lessons";
import { untaughtApis } from "@/lib/content/taught-apis";
import { listExercises } from "@/lib/exercises/loader";
import { createNodeRuntime } from "@/lib/python-runtime/node/index";
import type { PythonRuntime } from "@/lib/python-runtime/types";

const extractor = readFileSync(path.resolve(import.meta.dirname, "../../lib/content/framework-apis.py"), "utf8");
const exercises = await listExercises();
const lessons = loadLessons();
let apisByFile: Record<string, string[]> = {};
let runtime: PythonRuntime;

async function extract(files: Record<string, string>): Promise<Record<string, string[]>> {
  const program = `import json\nFILES = json.loads(${JSON.stringify(JSON.stringify(files))})\n${extractor}`;
  const result = await runtime.runProgram({ "main.py": program }, "main.py");
  if (!result.ok) throw new Error(`framework-apis.py failed: ${result.error?.message}\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

beforeAll(async () => {
  runtime = createNodeRuntime({ timeoutMs: 60_000 });
  await runtime.boot();
  const files: Record<string, string> = {};
  for (const exercise of exercises) {
    for (const [file, source] of Object.entries(exercise.solution)) {
      if (file.endsWith(".py")) files[`${exercise.slug}/${file}`] = source;
    }
  }
  apisByFile = await extract(files);
}, 120_000);

afterAll(async () => runtime?.dispose());

describe("framework-apis.py", () => {
  it("counts a renderer's keywords as template variables, and other framework keywords as APIs", async () => {
    const source = [
      "from flask import redirect, render_template",
      "def page():",
      "    render_template('index.html', entries=[], errors=[])",
      "    return redirect('/', code=303)",
    ].join("\n");
    const apis = await extract({ "app.py": source });
    expect(apis["app.py"]).toEqual(["code=", "redirect", "render_template"]);
  });
});

describe("each exercise needs only what its lesson teaches", () => {
  for (const exercise of exercises) {
    it(exercise.slug, () => {
      const used = Object.entries(apisByFile)
        .filter(([file]) => file.startsWith(`${exercise.slug}/`))
        .flatMap(([, apis]) => apis);
      expect(used.length, "no framework API found: the extractor read nothing").toBeGreaterThan(0);
      const missing = untaughtApis(used, exercise.meta.lesson, lessons, exercise.instructions);
      expect(missing, `used by the solution, but neither lesson "${exercise.meta.lesson}" (or an earlier one) nor instructions.md mentions: ${missing.join(", ")}`).toEqual([]);
    });
  }
});
