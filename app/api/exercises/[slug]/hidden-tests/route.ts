// POST /api/exercises/<slug>/hidden-tests -> { tests: { "test_hidden.py": "..." }, mistakes: [...] }
// The browser fetches the hidden tests for one submission, runs them in its
// sandbox and shows only each test's docstring and assertion message. POST
// and no-store keep the sources out of every cache; the server re-runs the
// same tests on the submissions route, so the browser's verdict is not trusted.
// `mistakes` explains failing checks by the known wrong answers that fail them
// (their explanations only, never their code).
import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/server";
import { isStrictFor } from "@/lib/classrooms/classroom-service";
import { getDb } from "@/lib/db/client";
import { loadGradableExercise } from "@/lib/exercises/hidden-tests";
import { mistakeTable } from "@/lib/grading/known-mistakes";
import { jsonNoStore, withExercise } from "@/lib/workspace/exercise-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function POST(request: Request, { params }: Context) {
  const { slug } = await params;
  // A strict classroom grades on the server only: its learners never receive hidden tests.
  const user = await currentUser(request.headers);
  if (user && (await isStrictFor(getDb(), user.id))) {
    return NextResponse.json({ error: "Your classroom grades submissions on the server.", strict: true }, { status: 403, headers: { "cache-control": "no-store" } });
  }
  return withExercise(slug, async (valid) => {
    const exercise = await loadGradableExercise(valid);
    return jsonNoStore({ tests: exercise.hiddenTests, mistakes: mistakeTable(exercise) });
  });
}
