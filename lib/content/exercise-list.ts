// A lesson's "Exercises" section is what a reader of the text sees of its
// exercises, so it must name exactly the exercises its frontmatter lists,
// by their titles, in the same order (the workspace shows the same list).
import type { Lesson } from "./lesson-schema";

const SECTION = /^##\s+(Exercises?)\s*$/m;
const ITEM_TITLE = /^(?:\d+\.\s+)?\*\*(.+?)\.?\*\*/gm;

/** Problems with `lesson`'s Exercises section; `titleOf` gives an exercise's title by slug. */
export function exerciseListProblems(lesson: Pick<Lesson, "exercises" | "body">, titleOf: (slug: string) => string | undefined): string[] {
  const heading = SECTION.exec(lesson.body);
  if (lesson.exercises.length === 0) {
    return heading ? [`has an "${heading[1]}" section but its frontmatter lists no exercises`] : [];
  }
  const wantedHeading = lesson.exercises.length === 1 ? "Exercise" : "Exercises";
  if (!heading) return [`has no "## ${wantedHeading}" section naming its ${lesson.exercises.length} exercise(s)`];
  const problems: string[] = [];
  if (heading[1] !== wantedHeading) problems.push(`heading "## ${heading[1]}" should be "## ${wantedHeading}"`);
  const section = lesson.body.slice(heading.index + heading[0].length).split(/^##\s/m)[0];
  const listed = [...section.matchAll(ITEM_TITLE)].map((match) => match[1]);
  const wanted = lesson.exercises.map((slug) => titleOf(slug) ?? `<unknown exercise ${slug}>`);
  if (JSON.stringify(listed) !== JSON.stringify(wanted)) {
    problems.push(`"## ${heading[1]}" names ${JSON.stringify(listed)}; the frontmatter's exercises are ${JSON.stringify(wanted)}`);
  }
  return problems;
}
