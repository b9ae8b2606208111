// The exercises in the repository load and follow the content rules. No
// Python here (tests/content/ runs them); this catches format mistakes in the
// fast unit run.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { staticProblems } from "./content-checks";
import { loadGradableExercise } from "./hidden-tests";
import { listExerciseSlugs } from "./loader";
import { toPublicExercise } from "./public-exercise";

const exercisesDir = path.resolve(import.meta.dirname, "../../exercises");
const slugs = await listExerciseSlugs({ exercisesDir });

describe.each(slugs)("exercises/%s", (slug) => {
  it("loads, follows the content rules and keeps server-only files out of the public view", async () => {
    const exercise = await loadGradableExercise(slug, { exercisesDir });
    expect(staticProblems(exercise)).toEqual([]);
    const shown = JSON.stringify(toPublicExercise(exercise));
    // A file may be public on purpose when it is also a starter file or a
    // visible test (the both-frameworks conftest.py is shared).
    const published = new Set([...Object.values(exercise.starter), ...Object.values(exercise.visibleTests)]);
    for (const source of [...Object.values(exercise.hiddenTests), ...Object.values(exercise.solution)]) {
      if (!published.has(source)) expect(shown).not.toContain(JSON.stringify(source).slice(1, -1));
    }
  });
});

it("ships at least one exercise per framework mode", async () => {
  const frameworks = await Promise.all(slugs.map(async (slug) => (await loadGradableExercise(slug, { exercisesDir })).meta.framework));
  expect(new Set(frameworks)).toEqual(new Set(["flask", "fastapi", "both"]));
});
