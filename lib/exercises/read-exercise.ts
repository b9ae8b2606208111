// Reads one exercise folder and checks it against the format described in
// exercises/README.md, collecting every problem instead of stopping at the
// first so an author fixes them in one pass. Used by loader.ts and
// hidden-tests.ts; other code should call those.
import path from "node:path";
import type { z } from "zod";
import type { SourceFiles } from "../python-runtime/types";
import type { ExerciseProblem } from "./errors";
import { problemsFromZod } from "./errors";
import { isPytestControlFile, isTestFile, parseTests } from "./python-tests";
import { isDirectory, readTextFile, readTree } from "./read-files";
import { entryFiles, ExerciseMetaSchema, ExerciseSlugSchema, WrongAnswerMetaSchema } from "./schema";
import type { ExerciseMeta } from "./schema";
import type { Alternative, Exercise, WrongAnswer } from "./types";

export interface ExerciseReadResult {
  /** Null when a problem made the exercise unusable. */
  exercise: Exercise | null;
  hiddenTests: SourceFiles;
  problems: ExerciseProblem[];
  /** True when the exercise folder does not exist at all. */
  missing: boolean;
}

export async function readExercise(exercisesDir: string, slug: string): Promise<ExerciseReadResult> {
  const root = path.join(exercisesDir, slug);
  // Paths in messages start at the exercises folder, as authors see them in the repo.
  const label = (...parts: string[]) => [path.basename(exercisesDir), slug, ...parts].join("/");
  const problems: ExerciseProblem[] = [];
  const fail = (file: string, message: string, field?: string) => problems.push({ file, field, message });
  const result = (exercise: Exercise | null, hiddenTests: SourceFiles = {}, missing = false): ExerciseReadResult => ({
    exercise: problems.length === 0 ? exercise : null,
    hiddenTests,
    problems,
    missing,
  });

  if (!ExerciseSlugSchema.safeParse(slug).success) {
    fail(label(""), 'folder name must be a kebab-case slug such as "flask-hello-routes"');
    return result(null);
  }
  const metaText = await readTextFile(path.join(root, "exercise.json"));
  if (metaText === null) {
    const exists = await isDirectory(root);
    fail(label(exists ? "exercise.json" : ""), exists ? "file is missing" : "exercise folder not found");
    return result(null, {}, !exists);
  }

  const meta = parseJsonFile(metaText, label("exercise.json"), ExerciseMetaSchema, problems);

  const instructions = await readTextFile(path.join(root, "instructions.md"));
  if (instructions === null) fail(label("instructions.md"), "file is missing");
  else if (instructions.trim() === "") fail(label("instructions.md"), "file is empty");

  const starter = await readLearnerFolder(root, "starter", meta, label, fail);
  const solution = await readLearnerFolder(root, "solution", meta, label, fail);
  const visibleTests = await readTestFolder(root, "tests/visible", label, fail, false);
  const hiddenTests = await readTestFolder(root, "tests/hidden", label, fail, true);

  // Tests and learner files share one working directory in the sandbox.
  for (const name of Object.keys({ ...visibleTests, ...hiddenTests })) {
    if (starter[name] !== undefined || solution[name] !== undefined) {
      fail(label("tests"), `"${name}" is both a test file and a learner file`);
    }
  }

  const hiddenTestIds = Object.entries(hiddenTests)
    .filter(([file]) => isTestFile(file))
    .flatMap(([file, source]) => parseTests(file, source).map((test) => test.id));
  const wrongAnswers = await readWrongAnswers(root, hiddenTestIds, label, fail);
  const alternatives = await readAlternatives(root, label, fail);
  if (meta?.requirements && instructions !== null) {
    checkRequirements(meta.requirements, instructions, wrongAnswers, label("exercise.json"), fail);
  }

  if (!meta || instructions === null) return result(null, hiddenTests);
  return result({ slug, meta, instructions, starter, solution, visibleTests, hiddenTestIds, wrongAnswers, alternatives }, hiddenTests);
}

/** Text as a reader sees it: no Markdown emphasis or code marks, one space between words. */
const plainWords = (text: string) => text.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();

function checkRequirements(
  requirements: NonNullable<ExerciseMeta["requirements"]>,
  instructions: string,
  wrongAnswers: WrongAnswer[],
  file: string,
  fail: Fail,
): void {
  const stated = plainWords(instructions);
  requirements.forEach((requirement, index) => {
    if (!stated.includes(plainWords(requirement.says))) {
      fail(file, "is not words of instructions.md: quote the requirement as the learner reads it", `requirements.${index}.says`);
    }
    const wrong = wrongAnswers.find((answer) => answer.name === requirement.wrong);
    if (!wrong) {
      fail(file, `no wrong answer "${requirement.wrong}" in wrong/`, `requirements.${index}.wrong`);
    } else if (!wrong.mustFail.some((id) => id === requirement.test || id.replace(/\[.*\]$/, "") === requirement.test)) {
      fail(file, `"${requirement.test}" is not in wrong/${wrong.name}/wrong.json mustFail (${wrong.mustFail.join(", ")})`, `requirements.${index}.test`);
    }
  });
}

async function readAlternatives(root: string, label: Label, fail: Fail): Promise<Alternative[]> {
  const tree = await readTree(path.join(root, "alternatives"));
  if (tree === null) return [];
  return [...splitByFolder(tree)].map(([name, files]) => {
    for (const inside of Object.keys(files)) {
      if (isPytestControlFile(inside)) fail(label("alternatives", name, inside), "an alternative holds learner files only");
    }
    return { name, files };
  });
}

/** `wrong/` and `alternatives/` hold one folder per answer: its files by path inside that folder. */
function splitByFolder(tree: SourceFiles): Map<string, SourceFiles> {
  const folders = new Map<string, SourceFiles>();
  for (const [rel, source] of Object.entries(tree)) {
    const [name, ...inside] = rel.split("/");
    if (!folders.has(name)) folders.set(name, {});
    folders.get(name)![inside.join("/")] = source;
  }
  return folders;
}

type Label = (...parts: string[]) => string;
type Fail = (file: string, message: string, field?: string) => void;

function parseJsonFile<T>(text: string, file: string, schema: z.ZodType<T>, problems: ExerciseProblem[]): T | null {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `invalid JSON: ${(error as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  problems.push(...problemsFromZod(file, parsed.error, input));
  return null;
}

async function readLearnerFolder(
  root: string,
  folder: "starter" | "solution",
  meta: ExerciseMeta | null,
  label: Label,
  fail: Fail,
): Promise<SourceFiles> {
  const files = await readTree(path.join(root, folder));
  if (files === null) {
    fail(label(`${folder}/`), "folder is missing");
    return {};
  }
  for (const name of Object.keys(files)) {
    if (isPytestControlFile(name)) {
      fail(label(folder, name), "learner folders cannot hold pytest files; put tests in tests/visible or tests/hidden");
    }
  }
  for (const entry of meta ? entryFiles(meta) : []) {
    if (files[entry] === undefined) {
      fail(label(`${folder}/`), `entry file "${entry}" (exercise.json: entry) is missing`);
    }
  }
  return files;
}

async function readTestFolder(root: string, folder: string, label: Label, fail: Fail, hidden: boolean): Promise<SourceFiles> {
  const files = await readTree(path.join(root, folder));
  if (files === null) {
    fail(label(`${folder}/`), "folder is missing");
    return {};
  }
  const testFiles = Object.keys(files).filter(isTestFile);
  if (testFiles.length === 0) fail(label(`${folder}/`), "no test files (test_*.py)");
  for (const file of testFiles) {
    const tests = parseTests(file, files[file]);
    if (tests.length === 0) fail(label(folder, file), "defines no test functions (def test_...)");
    if (!hidden) continue;
    for (const test of tests) {
      if (!test.hasDocstring) {
        const name = test.id.split("::").slice(1).join("::");
        fail(label(folder, file), `line ${test.line}: hidden tests need a docstring: it is what the learner reads when the test fails`, name);
      }
    }
  }
  return files;
}

async function readWrongAnswers(root: string, hiddenTestIds: string[], label: Label, fail: Fail): Promise<WrongAnswer[]> {
  const tree = await readTree(path.join(root, "wrong"));
  if (tree === null) return [];
  const answers: WrongAnswer[] = [];
  for (const [name, { "wrong.json": text, ...inFolder }] of splitByFolder(tree)) {
    const file = label("wrong", name, "wrong.json");
    if (text === undefined) {
      fail(file, "file is missing");
      continue;
    }
    const problems: ExerciseProblem[] = [];
    const meta = parseJsonFile(text, file, WrongAnswerMetaSchema, problems);
    for (const problem of problems) fail(problem.file, problem.message, problem.field);
    const files: SourceFiles = inFolder;
    for (const inside of Object.keys(files)) {
      if (isPytestControlFile(inside)) fail(label("wrong", name, inside), "a wrong answer holds learner files only");
    }
    if (Object.keys(files).length === 0) fail(label("wrong", name, ""), "no files besides wrong.json (it overlays files on solution/)");
    // Without hidden tests every id would be reported too; one problem is enough.
    if (!meta || hiddenTestIds.length === 0) continue;
    meta.mustFail.forEach((id, index) => {
      // Exact match on the base id: the loader is where typos must surface.
      if (!hiddenTestIds.includes(id.replace(/\[.*\]$/, ""))) {
        fail(file, `"${id}" is not a test in tests/hidden/`, `mustFail.${index}`);
      }
    });
    answers.push({ name, mustFail: meta.mustFail, explanation: meta.explanation, files });
  }
  return answers;
}
