import { describe, expect, it } from "vitest";
import {
  deleteProblem,
  formatBytes,
  kindProblem,
  LEGACY_PLAYGROUND_STORAGE_KEY,
  loadPlaygroundFiles,
  newFileProblem,
  pathProblem,
  PLAYGROUND_LIMITS,
  PLAYGROUND_STORAGE_KEY,
  savePlaygroundFiles,
  sizeProblems,
  splitProgramAndTests,
  storageFailureMessage,
  utf8Bytes,
} from "./playground-files";

const starter = { "app.py": "starter app", "test_app.py": "starter tests" };

function memoryStorage(quotaChars = Infinity) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      // What a browser throws when the site's storage is full.
      if (value.length > quotaChars) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      data.set(key, value);
    },
  };
}

/** `count` files named f0.txt, f1.txt, ... */
const manyFiles = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`f${index}.txt`, ""]));

describe("pathProblem", () => {
  it("accepts ordinary relative paths, folders included", () => {
    for (const path of ["app.py", "templates/index.html", "static/css/site.min.css", "data/books-2024.json", "my_notes.txt"]) {
      expect([path, pathProblem(path)]).toEqual([path, null]);
    }
  });

  it.each([
    ["", /Type a path/],
    ["   ", /Type a path/],
    [`${"a".repeat(118)}.py`, /121 characters long; a path may have at most 120/],
    ["my notes.txt", /cannot contain spaces/],
    ["templates\\index.html", /Separate folders with \//],
    ["/etc/passwd.txt", /cannot start at the root/],
    ["C:/x.py", /cannot start at the root/],
    ["../x.py", /“\.\.” would lead out of the project/],
    ["templates/../../x.py", /“\.\.” would lead out/],
    [".env", /start with a dot.*“\.env”/],
    ["static/.hidden/x.css", /start with a dot.*“\.hidden”/],
    ["templates/", /ends with \/: add the file's name/],
    ["templates//index.html", /empty folder name/],
    ["café.py", /“é” cannot be used in a path/],
    ["a:b.py", /“:” cannot be used/],
    ["C:\\x.py", /cannot start at the root/],
    ["css.v1/site.css", /Folder names .*no dots.*“css\.v1\/”/],
    ["app..py", /“app\.\.py” cannot end with a dot or have two dots/],
    ["app.", /cannot end with a dot/],
  ])("refuses %j with a reason", (path, reason) => {
    expect(pathProblem(path)).toMatch(reason);
  });
});

describe("kindProblem", () => {
  it("accepts every kind the editor highlights", () => {
    for (const path of ["a.py", "t/a.html", "t/a.jinja", "t/a.j2", "s/a.css", "s/a.js", "a.json", "a.toml", "a.ini", "a.cfg", "a.txt", "a.csv", "a.md"]) {
      expect([path, kindProblem(path)]).toEqual([path, null]);
    }
  });

  it("refuses names without an extension and kinds the editor does not know, listing the ones it does", () => {
    expect(kindProblem("Makefile")).toMatch(/Give “Makefile” an extension.*\.py .*\.html/);
    expect(kindProblem("static/logo.png")).toMatch(/“\.png” is not one of them/);
    expect(kindProblem("x.constructor")).toMatch(/“\.constructor” is not one of them/);
  });
});

describe("newFileProblem", () => {
  const files = { "app.py": "", "templates/index.html": "", "notes.txt": "" };

  it("accepts a new file in a new or an existing folder", () => {
    expect(newFileProblem("templates/hello.html", files)).toBeNull();
    expect(newFileProblem("static/site.css", files)).toBeNull();
  });

  it("passes on the path and kind rules", () => {
    expect(newFileProblem("../x.py", files)).toMatch(/would lead out of the project/);
    expect(newFileProblem("logo.png", files)).toMatch(/not one of them/);
  });

  it("refuses a duplicate, and a file where a folder is or the reverse", () => {
    expect(newFileProblem("app.py", files)).toBe("app.py already exists: pick another name, or open its tab.");
    expect(newFileProblem("toString.py", files)).toBeNull();
    // A file's name has an extension and a folder's has none, so they never clash.
    expect(newFileProblem("notes.txt/x.py", files)).toMatch(/Folder names .*no dots.*“notes\.txt\/”/);
    expect(newFileProblem("templates", files)).toMatch(/Give “templates” an extension/);
  });

  it("refuses a file beyond the count limit, saying the numbers", () => {
    expect(newFileProblem("one-more.txt", manyFiles(PLAYGROUND_LIMITS.files - 1))).toBeNull();
    expect(newFileProblem("one-more.txt", manyFiles(PLAYGROUND_LIMITS.files))).toBe(
      "The playground holds at most 30 files and has 30: delete one before adding another.",
    );
  });
});

describe("deleteProblem", () => {
  it("lets any file but app.py go, and explains why app.py stays", () => {
    const files = { "app.py": "", "templates/index.html": "" };
    expect(deleteProblem("templates/index.html", files)).toBeNull();
    expect(deleteProblem("app.py", files)).toMatch(/app\.py cannot be deleted: Run starts it/);
    expect(deleteProblem("gone.py", files)).toMatch(/not one of the playground's files/);
    expect(deleteProblem("toString", files)).toMatch(/not one of/);
  });
});

describe("sizes", () => {
  it("counts UTF-8 bytes as the runtime receives them", () => {
    for (const text of ["", "abc", "é", "€", "😀", "a😀b", "\ud800 lone surrogate", "x\udc00"]) {
      expect([text, utf8Bytes(text)]).toEqual([text, Buffer.byteLength(text, "utf8")]);
    }
  });

  it("formats sizes as the limits are written", () => {
    expect(formatBytes(256 * 1024)).toBe("256 KB");
    expect(formatBytes(1024 * 1024)).toBe("1 MB");
    expect(formatBytes(300 * 1024 + 512)).toBe("300.5 KB");
    expect(formatBytes(256 * 1024 + 1)).toBe("256.1 KB");
  });

  it("names the file over the per-file limit and the total over the project limit", () => {
    const limit = PLAYGROUND_LIMITS.fileBytes;
    expect(sizeProblems({ "app.py": "x".repeat(limit) })).toEqual([]);
    expect(sizeProblems({ "app.py": "x".repeat(limit + 1024) })).toEqual(["app.py is 257 KB; a file may hold at most 256 KB."]);
    const quarter = "x".repeat(limit - 1);
    const five = Object.fromEntries(["a", "b", "c", "d", "e"].map((name) => [`${name}.txt`, quarter]));
    expect(sizeProblems(five)).toEqual(["The files add up to 1.25 MB; together they may hold at most 1 MB."]);
    expect(sizeProblems(manyFiles(31))).toEqual(["There are 31 files; the playground holds at most 30."]);
  });
});

describe("splitProgramAndTests", () => {
  it("sends tests and conftest.py as tests, everything else (templates, data, pytest.ini) as the program's files", () => {
    const files = {
      "app.py": "a",
      "templates/hello.html": "h",
      "data.json": "{}",
      "pytest.ini": "[pytest]",
      "test_app.py": "t",
      "tests/test_pages.py": "p",
      "views_test.py": "v",
      "conftest.py": "c",
      "testing.py": "not a test",
    };
    expect(splitProgramAndTests(files)).toEqual({
      program: { "app.py": "a", "templates/hello.html": "h", "data.json": "{}", "pytest.ini": "[pytest]", "testing.py": "not a test" },
      tests: { "test_app.py": "t", "tests/test_pages.py": "p", "views_test.py": "v", "conftest.py": "c" },
    });
  });
});

describe("storage", () => {
  it("gives the starter when nothing is saved", () => {
    expect(loadPlaygroundFiles(memoryStorage(), starter)).toEqual({ files: starter, notice: null });
  });

  it("round-trips a project with folders, in its order", () => {
    const storage = memoryStorage();
    const files = { "app.py": "mine", "templates/hello.html": "<p>hi</p>", "test_app.py": "tests", "static/site.css": "p {}" };
    expect(savePlaygroundFiles(storage, files)).toEqual({ saved: true });
    const restored = loadPlaygroundFiles(storage, starter);
    expect(restored).toEqual({ files, notice: null });
    expect(Object.keys(restored.files)).toEqual(Object.keys(files));
  });

  it("brings back the two files of the earlier playground", () => {
    const storage = memoryStorage();
    storage.data.set(LEGACY_PLAYGROUND_STORAGE_KEY, JSON.stringify({ "app.py": "old app", "test_app.py": "old tests" }));
    expect(loadPlaygroundFiles(storage, starter)).toEqual({ files: { "app.py": "old app", "test_app.py": "old tests" }, notice: null });
    storage.data.set(PLAYGROUND_STORAGE_KEY, JSON.stringify({ files: { "app.py": "new" } }));
    expect(loadPlaygroundFiles(storage, starter).files).toEqual({ "app.py": "new" });
  });

  it("keeps the valid files of a damaged copy and names the ones it leaves out", () => {
    const storage = memoryStorage();
    const big = "x".repeat(PLAYGROUND_LIMITS.fileBytes + 1);
    storage.data.set(
      PLAYGROUND_STORAGE_KEY,
      JSON.stringify({ files: { "app.py": "mine", "../evil.py": "x", "logo.png": "x", "n.txt": 42, "big.txt": big, "templates/a.html": "<p>" } }),
    );
    const { files, notice } = loadPlaygroundFiles(storage, starter);
    expect(files).toEqual({ "app.py": "mine", "templates/a.html": "<p>" });
    expect(notice).toMatch(/^Some files saved in this browser could not be restored: \.\.\/evil\.py \(.*would lead out.*\); logo\.png \(.*“\.png”.*\); n\.txt \(its content is not text\); big\.txt \(larger than 256 KB\)\.$/);
  });

  it("keeps the count and total limits while restoring", () => {
    const storage = memoryStorage();
    storage.data.set(PLAYGROUND_STORAGE_KEY, JSON.stringify({ files: { "app.py": "", ...manyFiles(30) } }));
    const { files, notice } = loadPlaygroundFiles(storage, starter);
    expect(Object.keys(files)).toHaveLength(30);
    expect(notice).toMatch(/f29\.txt \(more than 30 files\)/);
    const large = "x".repeat(PLAYGROUND_LIMITS.fileBytes - 10);
    storage.data.set(PLAYGROUND_STORAGE_KEY, JSON.stringify({ files: { "app.py": "", "a.txt": large, "b.txt": large, "c.txt": large, "d.txt": large, "e.txt": large, "f.txt": "" } }));
    const second = loadPlaygroundFiles(storage, starter);
    expect(Object.keys(second.files)).toEqual(["app.py", "a.txt", "b.txt", "c.txt", "d.txt", "f.txt"]);
    expect(second.notice).toMatch(/: e\.txt \(over 1 MB in all\)\.$/);
  });

  it("puts app.py back first when the saved copy lacks it", () => {
    const storage = memoryStorage();
    storage.data.set(PLAYGROUND_STORAGE_KEY, JSON.stringify({ files: { "test_app.py": "mine" } }));
    const { files } = loadPlaygroundFiles(storage, starter);
    expect(Object.entries(files)).toEqual([["app.py", "starter app"], ["test_app.py", "mine"]]);
  });

  it("starts from the example, saying so, when the saved copy is not readable", () => {
    for (const raw of ["{not json", JSON.stringify({ files: "app.py" }), JSON.stringify(["app.py"]), "null"]) {
      const storage = memoryStorage();
      storage.data.set(PLAYGROUND_STORAGE_KEY, raw);
      expect([raw, loadPlaygroundFiles(storage, starter)]).toEqual([raw, { files: starter, notice: expect.stringMatching(/could not be read, so it starts from the example/) }]);
    }
    const blocked = { getItem: () => { throw new DOMException("denied", "SecurityError"); }, setItem: () => undefined };
    expect(loadPlaygroundFiles(blocked, starter).notice).toMatch(/does not let the course read its storage/);
  });

  it("refuses to save over the limits, keeping the last copy that fits", () => {
    const storage = memoryStorage();
    savePlaygroundFiles(storage, { "app.py": "fits" });
    const outcome = savePlaygroundFiles(storage, { "app.py": "x".repeat(PLAYGROUND_LIMITS.fileBytes + 1) });
    expect(outcome).toEqual({ saved: false, message: "Not saved in this browser until the files fit: app.py is 256.1 KB; a file may hold at most 256 KB." });
    expect(loadPlaygroundFiles(storage, starter).files).toEqual({ "app.py": "fits" });
  });

  it("says when the browser's storage is full or blocked instead of losing the changes silently", () => {
    const full = memoryStorage(10);
    const outcome = savePlaygroundFiles(full, { "app.py": "more than ten characters" });
    expect(outcome).toEqual({ saved: false, message: expect.stringMatching(/storage for the course is full, so your latest changes are not saved/) });
    expect(storageFailureMessage({ name: "NS_ERROR_DOM_QUOTA_REACHED" })).toMatch(/is full/);
    expect(storageFailureMessage(new DOMException("denied", "SecurityError"))).toMatch(/does not let the course save/);
  });
});
