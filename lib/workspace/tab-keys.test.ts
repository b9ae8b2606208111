import { describe, expect, it } from "vitest";
import { fileTabId, tabIndexForKey } from "./tab-keys";

describe("tabIndexForKey", () => {
  it("moves with the arrows and wraps around", () => {
    expect(tabIndexForKey("ArrowRight", 0, 3)).toBe(1);
    expect(tabIndexForKey("ArrowRight", 2, 3)).toBe(0);
    expect(tabIndexForKey("ArrowLeft", 0, 3)).toBe(2);
  });

  it("jumps to the ends with Home and End", () => {
    expect(tabIndexForKey("Home", 2, 3)).toBe(0);
    expect(tabIndexForKey("End", 0, 3)).toBe(2);
  });

  it("ignores other keys and empty lists", () => {
    expect(tabIndexForKey("Enter", 0, 3)).toBeNull();
    expect(tabIndexForKey("ArrowRight", 0, 0)).toBeNull();
  });
});

describe("fileTabId", () => {
  it("gives distinct paths distinct ids that are valid in a CSS selector", () => {
    const paths = ["templates/index.html", "templates_index.html", "templates_index_html", "templates-index.html", "app.py", "app_py"];
    const ids = paths.map((path) => fileTabId("playground", path));
    expect(new Set(ids).size).toBe(paths.length);
    for (const id of ids) expect(id).toMatch(/^[\w-]+$/);
    expect(fileTabId("playground", "templates/index.html")).toBe("tab-playground-templates_2f_index_2e_html");
  });
});
