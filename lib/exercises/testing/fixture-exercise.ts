// Test helper: writes a small valid exercise into a temporary `exercises/`
// folder; each test then breaks one thing and checks the loader's message.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export type FileTree = Record<string, string | null>;

export const VALID_META = {
  title: "Fixture exercise",
  summary: "A tiny exercise used by the loader's unit tests.",
  lesson: "fixture-lesson",
  framework: "flask",
  entry: "app.py",
  hints: ["First hint.", "Second hint."],
  timeLimitMs: 5000,
};

const APP = 'from flask import Flask\n\napp = Flask(__name__)\n';
const HIDDEN = [
  "from app import app",
  "",
  "",
  "def test_ok():",
  '    """The app answers."""',
  "    assert app.test_client().get('/').status_code == 200",
  "",
  "",
  "def test_created():",
  '    """POST answers 201."""',
  "    assert app.test_client().post('/').status_code == 201",
  "",
].join("\n");

export function validTree(): FileTree {
  return {
    "exercise.json": JSON.stringify(VALID_META, null, 2),
    "instructions.md": "# Fixture\n\nDo the thing.\n",
    "starter/app.py": APP,
    "solution/app.py": `${APP}\n# solved\n`,
    "tests/visible/test_visible.py": "def test_visible():\n    assert True\n",
    "tests/hidden/test_hidden.py": HIDDEN,
    "wrong/returns-200/app.py": `${APP}\n# wrong\n`,
    "wrong/returns-200/wrong.json": JSON.stringify({
      mustFail: ["test_hidden.py::test_created"],
      explanation: "Answers 200 where 201 is due.",
    }),
  };
}

export interface FixtureDir {
  exercisesDir: string;
  write(slug: string, tree: FileTree): Promise<void>;
  cleanup(): Promise<void>;
}

/** A temporary folder named `exercises`, so messages read `exercises/<slug>/...`. */
export async function makeFixtureDir(): Promise<FixtureDir> {
  const base = await mkdtemp(path.join(tmpdir(), "exercise-fixture-"));
  const exercisesDir = path.join(base, "exercises");
  await mkdir(exercisesDir);
  return {
    exercisesDir,
    async write(slug, tree) {
      for (const [rel, content] of Object.entries(tree)) {
        if (content === null) continue; // null: leave the file out
        const file = path.join(exercisesDir, slug, rel);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
      }
    },
    cleanup: () => rm(base, { recursive: true, force: true }),
  };
}
