// Lesson code blocks whose info string is `python runnable` are complete
// programs: the content checks run each one in the real Python container,
// so an example that stops working fails the build.
import type { Lesson } from "./lesson-schema";

export interface RunnableExample {
  lesson: string;
  file: string;
  /** 1-based line of the opening fence in the lesson body, for messages. */
  line: number;
  code: string;
}

const FENCE = /^(```+|~~~+)\s*python\b([^\n]*)$/;

export function runnableExamples(lesson: Pick<Lesson, "slug" | "file" | "body">): RunnableExample[] {
  const lines = lesson.body.split("\n");
  const examples: RunnableExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i].trim());
    if (!open || !/\brunnable\b/.test(open[2])) continue;
    const fence = open[1];
    const start = i;
    const code: string[] = [];
    for (i += 1; i < lines.length && !lines[i].trim().startsWith(fence); i++) code.push(lines[i]);
    examples.push({ lesson: lesson.slug, file: lesson.file, line: start + 1, code: code.join("\n") + "\n" });
  }
  return examples;
}

/**
 * Whether a run of `example` showed the reader something: it printed, or it
 * checks something at its top level. A block that only defines things
 * proves nothing and teaches nothing when run.
 */
export function showsSomething(example: Pick<RunnableExample, "code">, stdout: string): boolean {
  return stdout.trim() !== "" || /^assert\b/m.test(example.code);
}
