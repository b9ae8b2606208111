import { describe, expect, it } from "vitest";
import { crossReferenceProblems } from "./cross-references";

const lesson = (order: number, slug: string, body: string) => ({ order, slug, body, file: `lessons/${String(order).padStart(2, "0")}-${slug}.mdx` });

describe("crossReferenceProblems", () => {
  const target = lesson(11, "security-oauth2", "# Security\n");

  it("accepts a link whose number is the linked lesson's", () => {
    expect(crossReferenceProblems([target, lesson(10, "di", "See [lesson 11](/lessons/security-oauth2).\n")])).toEqual([]);
  });

  it("refuses a link with the wrong number, naming file and line", () => {
    const problems = crossReferenceProblems([target, lesson(10, "di", "Intro.\n\nSee [lesson 3](/lessons/security-oauth2).\n")]);
    expect(problems).toEqual([{ file: "lessons/10-di.mdx", line: 3, message: '"lesson 3" links to lesson 11 (security-oauth2)' }]);
  });

  it("refuses a link to a lesson that does not exist", () => {
    const [problem] = crossReferenceProblems([target, lesson(10, "di", "[lesson 11](/lessons/security)\n")]);
    expect(problem.message).toMatch(/names no lesson/);
  });

  it("refuses a bare mention, but not one in code", () => {
    const problems = crossReferenceProblems([lesson(10, "di", "As lesson 3 showed.\n\n```python\n# lesson 3\n```\n`lesson 4`\n")]);
    expect(problems.map((p) => p.line)).toEqual([1]);
  });
});
