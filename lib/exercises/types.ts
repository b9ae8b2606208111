// Shapes the loader produces. Kept apart from the zod schemas so client code
// can import the types without pulling in the loader (which uses `node:fs`).
import type { SourceFiles } from "../python-runtime/types";
import type { ExerciseMeta } from "./schema";

export interface WrongAnswer {
  /** Folder name under `wrong/`. */
  name: string;
  /** Hidden test ids this answer must fail (see `WrongAnswerMetaSchema`). */
  mustFail: string[];
  explanation: string;
  /** Only the files that differ from the solution; `wrongAnswerFiles` overlays them. */
  files: SourceFiles;
}

/** Another correct solution, in a different idiom: it must pass every test. */
export interface Alternative {
  /** Folder name under `alternatives/`. */
  name: string;
  /** Only the files that differ from the solution, laid over it like a wrong answer's. */
  files: SourceFiles;
}

/**
 * An exercise as the server sees it, minus the hidden tests (which only
 * `hidden-tests.ts` reads). Never send this object to the browser: it holds
 * the solution. Use `toPublicExercise`.
 */
export interface Exercise {
  slug: string;
  meta: ExerciseMeta;
  /** instructions.md, Markdown. */
  instructions: string;
  starter: SourceFiles;
  solution: SourceFiles;
  visibleTests: SourceFiles;
  /** Base ids (`file::function`) of the hidden tests, parsed from their source. */
  hiddenTestIds: string[];
  wrongAnswers: WrongAnswer[];
  alternatives: Alternative[];
}

/** An exercise plus its hidden tests: what grading and content checks need. */
export interface GradableExercise extends Exercise {
  hiddenTests: SourceFiles;
}

/** Everything the browser may receive. */
export interface PublicExercise {
  slug: string;
  title: string;
  summary: string;
  lesson: string;
  framework: ExerciseMeta["framework"];
  entry: ExerciseMeta["entry"];
  hints: string[];
  timeLimitMs: number;
  instructions: string;
  starter: SourceFiles;
  visibleTests: SourceFiles;
}
