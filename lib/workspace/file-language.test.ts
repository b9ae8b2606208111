import { describe, expect, it } from "vitest";
import { fileLanguage } from "./file-language";

describe("fileLanguage", () => {
  it("knows Python, templates, static files and configuration by their extension", () => {
    expect(fileLanguage("app.py")).toMatchObject({ editor: "python", python: true });
    expect(fileLanguage("templates/base.html")).toMatchObject({ editor: "html", fence: "jinja-html", label: "HTML template", python: false });
    expect(fileLanguage("static/style.CSS").editor).toBe("css");
    expect(fileLanguage("static/app.js").editor).toBe("javascript");
    expect(fileLanguage("data/books.json").fence).toBe("json");
    expect(fileLanguage("pyproject.toml")).toMatchObject({ fence: "toml", python: false });
    expect(fileLanguage("pytest.ini").editor).toBe("ini");
  });

  it("treats unknown kinds, dot files and names without an extension as plain text", () => {
    for (const name of ["notes.txt", "Makefile", ".env", "data.bin", "templates/x.unknown"]) {
      expect([name, fileLanguage(name).editor, fileLanguage(name).python]).toEqual([name, "plaintext", false]);
    }
  });
});
