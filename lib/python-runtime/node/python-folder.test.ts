import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readPythonFolder } from "./python-folder";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function project(files: Record<string, string | Buffer>) {
  dir = mkdtempSync(path.join(os.tmpdir(), "python-folder-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

describe("readPythonFolder", () => {
  it("reads templates, static files and configuration beside the Python files, tests apart", async () => {
    project({
      "app.py": "app = 1\n",
      "templates/index.html": "<h1>{{ title }}</h1>\n",
      "static/site.css": "h1 { color: red }\n",
      "pytest.ini": "[pytest]\n",
      "tests/test_app.py": "def test_x(): pass\n",
      "conftest.py": "",
    });
    const folder = await readPythonFolder(dir);
    expect(Object.keys(folder.files).sort()).toEqual(["app.py", "pytest.ini", "static/site.css", "templates/index.html"]);
    expect(Object.keys(folder.tests).sort()).toEqual(["conftest.py", "tests/test_app.py"]);
    expect(folder.files["templates/index.html"]).toBe("<h1>{{ title }}</h1>\n");
    expect(folder.skipped).toEqual([]);
  });

  it("names what it leaves out: binary, non-UTF-8 and oversized files, tool folders once each", async () => {
    project({
      "app.py": "",
      "static/logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      "data/latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      "big.json": "x".repeat(MAX_FILE_BYTES + 1),
      ".git/config": "[core]\n",
      ".git/HEAD": "ref\n",
      "__pycache__/app.cpython-312.pyc": "x",
    });
    const folder = await readPythonFolder(dir);
    expect(Object.keys(folder.files)).toEqual(["app.py"]);
    expect(folder.skipped).toEqual([
      { path: ".git/", reason: "a tool's folder" },
      { path: "__pycache__/", reason: "a tool's folder" },
      { path: "big.json", reason: "larger than 1 MiB" },
      { path: "data/latin1.txt", reason: "not UTF-8 text (the container receives text files only)" },
      { path: "static/logo.png", reason: "binary (the container receives text files only)" },
    ]);
  });
});
