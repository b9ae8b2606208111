import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLessons, parseLesson } from "./lessons";

const good = `---
title: A lesson
summary: Something worth learning here.
framework: flask
objectives:
  - Do a thing
---
Body text.
`;

describe("parseLesson", () => {
  it("reads frontmatter, slug and order from the file", () => {
    const lesson = parseLesson(good, "lessons/03-a-lesson.mdx");
    expect(lesson).toMatchObject({ slug: "a-lesson", order: 3, title: "A lesson", framework: "flask", exercises: [] });
  });

  it("names the file and the field when a field is wrong", () => {
    const bad = good.replace("framework: flask", "framework: django");
    expect(() => parseLesson(bad, "lessons/03-a-lesson.mdx")).toThrow(/^lessons\/03-a-lesson\.mdx: frontmatter\.framework: /);
  });

  it("names a missing field", () => {
    const bad = good.replace("title: A lesson\n", "");
    expect(() => parseLesson(bad, "lessons/03-a-lesson.mdx")).toThrow(/lessons\/03-a-lesson\.mdx: frontmatter\.title:/);
  });

  it("rejects unknown fields, so typos do not pass silently", () => {
    const bad = good.replace("framework: flask", "framework: flask\nobjectifs: []");
    expect(() => parseLesson(bad, "lessons/03-a-lesson.mdx")).toThrow(/frontmatter: .*objectifs/);
  });

  it("rejects a file name without a number prefix", () => {
    expect(() => parseLesson(good, "lessons/a-lesson.mdx")).toThrow(/lessons\/a-lesson\.mdx: file name:/);
  });

  it("rejects a file without frontmatter", () => {
    expect(() => parseLesson("# Hi", "lessons/01-x.mdx")).toThrow(/lessons\/01-x\.mdx: frontmatter:/);
  });
});

describe("loadLessons", () => {
  it("orders lessons and rejects duplicate numbers", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lessons-"));
    writeFileSync(path.join(dir, "02-second.mdx"), good);
    writeFileSync(path.join(dir, "01-first.mdx"), good);
    expect(loadLessons(dir).map((l) => l.slug)).toEqual(["first", "second"]);
    writeFileSync(path.join(dir, "02-another.mdx"), good);
    expect(() => loadLessons(dir)).toThrow(/02-second\.mdx: file name: duplicate number prefix/);
  });

  it("loads the course's own lessons", () => {
    const lessons = loadLessons();
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons[0].order).toBe(1);
  });
});
