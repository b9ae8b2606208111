// References between lessons must survive renumbering and renaming: a lesson
// names another only through a link to its page (`[lesson 11](/lessons/security-oauth2)`),
// the link must lead to a lesson, and a number in its text must be that
// lesson's number. A bare "lesson 3" in prose is refused, because nothing
// can check what it points at.
import type { Lesson } from "./lesson-schema";

export interface CrossReferenceProblem {
  file: string;
  line: number;
  message: string;
}

const LINK = /\[([^\]]*)\]\(([^)\s]*)\)/g;
const LESSON_PATH = /^\/lessons\/([a-z0-9-]+)(#[\w-]*)?$/;
const NUMBER_IN_TEXT = /\blessons?\s+(\d+)/i;
const BARE_MENTION = /\blessons?\s+\d+/i;

/** Lines of `body` outside fenced code blocks, with their 1-based numbers. */
function proseLines(body: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | null = null;
  body.split("\n").forEach((text, index) => {
    const open = /^\s*(```+|~~~+)/.exec(text);
    if (open) {
      if (fence === null) fence = open[1];
      else if (text.trim().startsWith(fence)) fence = null;
      return;
    }
    if (fence === null) lines.push({ text, line: index + 1 });
  });
  return lines;
}

export function crossReferenceProblems(lessons: Pick<Lesson, "slug" | "file" | "order" | "body">[]): CrossReferenceProblem[] {
  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  const problems: CrossReferenceProblem[] = [];
  for (const lesson of lessons) {
    for (const { text, line } of proseLines(lesson.body)) {
      const report = (message: string) => problems.push({ file: lesson.file, line, message });
      for (const [, label, href] of text.matchAll(LINK)) {
        const target = LESSON_PATH.exec(href);
        if (!href.startsWith("/lessons")) continue;
        if (!target) {
          report(`link "${href}" is not a lesson page (/lessons/<slug>)`);
          continue;
        }
        const linked = bySlug.get(target[1]);
        if (!linked) {
          report(`link "${href}" names no lesson; lessons are ${[...bySlug.keys()].join(", ")}`);
          continue;
        }
        const number = NUMBER_IN_TEXT.exec(label)?.[1];
        if (number !== undefined && Number(number) !== linked.order) {
          report(`"${label}" links to lesson ${linked.order} (${linked.slug})`);
        }
      }
      const withoutLinks = text.replace(LINK, "").replace(/`[^`]*`/g, "");
      if (BARE_MENTION.test(withoutLinks)) {
        report(`"${BARE_MENTION.exec(withoutLinks)?.[0]}" is not a link: write [lesson N](/lessons/<slug>) so it is checked`);
      }
    }
  }
  return problems;
}
