import { describe, expect, it } from "vitest";
import { fileExtension, fileLanguage, KNOWN_EXTENSIONS } from "./file-language";

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
    for (const name of ["notes.txt", "Makefile", ".env", "data.bin", "templates/x.unknown", "x.constructor"]) {
      expect([name, fileLanguage(name).editor, fileLanguage(name).python]).toEqual([name, "plaintext", false]);
    }
  });

  it("names the extension, and lists the ones it knows", () => {
    expect(fileExtension("templates/Base.HTML")).toBe("html");
    expect(fileExtension("Makefile")).toBeNull();
    expect(fileExtension(".env")).toBeNull();
    expect(KNOWN_EXTENSIONS).toEqual(expect.arrayContaining(["py", "html", "css", "js", "json", "toml", "txt", "csv"]));
    expect(KNOWN_EXTENSIONS).not.toContain("png");
  });
});
