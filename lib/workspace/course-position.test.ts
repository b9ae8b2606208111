import { describe, expect, it } from "vitest";
import { emptyProgress, withExerciseComplete, withVisit } from "../progress/local-progress";
import { continueTarget, nextStep, type OutlineLesson } from "./course-position";

const outline: OutlineLesson[] = [
  { slug: "intro", title: "Intro", exercises: [] },
  { slug: "routing", title: "Routing", exercises: ["a", "b", "c"] },
  { slug: "validation", title: "Validation", exercises: ["d"] },
];
const at = new Date("2026-11-24T10:00:00Z");

describe("nextStep", () => {
  it("goes to the next unfinished exercise of the lesson", () => {
    const progress = withExerciseComplete(withExerciseComplete(emptyProgress(), "a", at), "b", at);
    expect(nextStep(outline, "routing", "a", progress)).toEqual({ kind: "exercise", lesson: "routing", exercise: "c" });
  });

  it("comes back to an earlier unfinished exercise before leaving the lesson", () => {
    const progress = withExerciseComplete(emptyProgress(), "c", at);
    expect(nextStep(outline, "routing", "c", progress)).toEqual({ kind: "exercise", lesson: "routing", exercise: "a" });
  });

  it("goes to the next lesson when the lesson is done, and ends after the last", () => {
    let progress = emptyProgress();
    for (const slug of ["a", "b", "c", "d"]) progress = withExerciseComplete(progress, slug, at);
    expect(nextStep(outline, "routing", "c", progress)).toEqual({ kind: "lesson", lesson: "validation", title: "Validation" });
    expect(nextStep(outline, "validation", "d", progress)).toEqual({ kind: "finished" });
  });
});

describe("continueTarget", () => {
  it("is null for a new learner", () => {
    expect(continueTarget(outline, emptyProgress())).toBeNull();
  });

  it("prefers the last visited lesson", () => {
    expect(continueTarget(outline, withVisit(emptyProgress(), "validation", "d", at))).toEqual({ lesson: "validation", title: "Validation", reason: "last-visit" });
  });

  it("falls back to the first unfinished lesson, ignoring a visit to a lesson that no longer exists", () => {
    const progress = withVisit(withExerciseComplete(emptyProgress(), "a", at), "removed", null, at);
    expect(continueTarget(outline, progress)).toEqual({ lesson: "routing", title: "Routing", reason: "first-unfinished" });
  });
});
