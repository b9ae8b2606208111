// POST /api/progress/merge { items: [{ exerciseSlug, files, passed }] }
// Called after sign-in or sign-up with what the learner did in this browser.
// Code is kept where the account has none; an exercise the browser says was
// passed is graded again on the server and recorded only if it really passes.
import { NextResponse } from "next/server";
import { z } from "zod";
import { currentUser } from "@/lib/auth/server";
import { getDb } from "@/lib/db/client";
import { listExerciseSlugs } from "@/lib/exercises/loader";
import { gradingPool, isGradingUnavailable, verifyAndRecord } from "@/lib/grading/server-grader";
import { isPoolBusy } from "@/lib/grading/runtime-pool";
import { readJson, refuseCrossOrigin } from "@/lib/http/request-guards";
import { listProgress, mergeLocalProgress } from "@/lib/progress/progress-store";

export const dynamic = "force-dynamic";

const mergeSchema = z.object({
  items: z
    .array(
      z.object({
        exerciseSlug: z.string().max(100),
        files: z.record(z.string().max(120), z.string().max(100_000)).optional(),
        passed: z.boolean().optional(),
      }),
    )
    .max(200),
});

export async function POST(request: Request) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const user = await currentUser(request.headers);
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const body = await readJson(request, 2 * 1024 * 1024);
  if (!body.ok) return body.response;
  const parsed = mergeSchema.safeParse(body.value);
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0].message }, { status: 400 });

  const db = getDb();
  const known = new Set(await listExerciseSlugs());
  const items = parsed.data.items.filter((item) => known.has(item.exerciseSlug));
  const alreadyPassed = new Set((await listProgress(db, user.id)).filter((p) => p.status === "passed").map((p) => p.exerciseSlug));
  let verified = 0;
  let deferred = 0;
  for (const item of items) {
    if (!item.passed || !item.files || alreadyPassed.has(item.exerciseSlug)) continue;
    try {
      if ((await verifyAndRecord(db, gradingPool(), user.id, item.exerciseSlug, item.files)).passed) verified += 1;
    } catch (error) {
      // Busy or unavailable graders: keep the code, the learner's next submission will count.
      if (!isPoolBusy(error) && !isGradingUnavailable(error)) throw error;
      deferred += 1;
    }
  }
  const codeKept = await mergeLocalProgress(db, user.id, items, known);
  return NextResponse.json({ verified, codeKept, deferred, progress: await listProgress(db, user.id) });
}
