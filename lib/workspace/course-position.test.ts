import { describe, expect, it } from "vitest";
import { emptyProgress, withExerciseComplete, withVisit } from "../progress/local-progress";
import { continueTarget, courseSummary, nextStep, type OutlineLesson } from "./course-position";

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

  it("moves on once the last visited lesson is finished: its only exercise passed", () => {
    const progress = withExerciseComplete(withVisit(emptyProgress(), "validation", "d", at), "d", at);
    expect(continueTarget(outline, progress)).toEqual({ lesson: "routing", title: "Routing", reason: "next-unfinished" });
    const oneLesson: OutlineLesson[] = [
      { slug: "first", title: "First", exercises: ["x"] },
      { slug: "second", title: "Second", exercises: ["y"] },
    ];
    const passedFirst = withExerciseComplete(withVisit(emptyProgress(), "first", "x", at), "x", at);
    expect(continueTarget(oneLesson, passedFirst)).toEqual({ lesson: "second", title: "Second", reason: "next-unfinished" });
  });

  it("stays on a visited lesson that is only partly done, and offers nothing once everything is done", () => {
    const partly = withExerciseComplete(withVisit(emptyProgress(), "routing", "a", at), "a", at);
    expect(continueTarget(outline, partly)?.reason).toBe("last-visit");
    let all = withVisit(emptyProgress(), "routing", "c", at);
    for (const slug of ["a", "b", "c", "d"]) all = withExerciseComplete(all, slug, at);
    expect(continueTarget(outline, all)).toBeNull();
  });
});

describe("courseSummary", () => {
  it("counts exercises and the lessons whose exercises are all done", () => {
    const progress = withExerciseComplete(withExerciseComplete(emptyProgress(), "a", at), "d", at);
    expect(courseSummary(outline, progress)).toEqual({ exercisesDone: 2, exercisesTotal: 4, lessonsDone: 1, lessonsTotal: 2 });
  });
});
