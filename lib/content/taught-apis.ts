// Every API an exercise's solution uses must be taught by the exercise's
// lesson or an earlier one, or be named in its instructions: a learner
// should never need a hint to learn what the task requires. The APIs are
// found by framework-apis.py (run in the course's own Python); this module
// decides whether a text teaches one.

/** Whether `text` (lesson bodies, instructions) names `api` as framework-apis.py spells it. */
export function mentions(text: string, api: string): boolean {
  const escaped = api.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (api.startsWith(".")) return new RegExp(`${escaped}[(\`]`).test(text); // a method: `.patch(` or `@app.patch`
  if (api.endsWith("=")) return new RegExp(`\\b${escaped}`).test(text); // a keyword: `status_code=`
  return new RegExp(`(?<![\\w.])${escaped}\\b`).test(text); // a name: `Header`, `request.args`
}

export interface LessonText {
  slug: string;
  order: number;
  body: string;
}

/** The APIs in `used` that neither the lessons up to `lessonSlug` nor `instructions` mention. */
export function untaughtApis(used: string[], lessonSlug: string, lessons: LessonText[], instructions: string): string[] {
  const lesson = lessons.find((l) => l.slug === lessonSlug);
  if (!lesson) throw new Error(`no lesson "${lessonSlug}"`);
  const taught = lessons
    .filter((l) => l.order <= lesson.order)
    .map((l) => l.body)
    .concat(instructions)
    .join("\n");
  return [...new Set(used)].filter((api) => !mentions(taught, api)).sort();
}
