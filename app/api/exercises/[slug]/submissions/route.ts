// POST /api/exercises/<slug>/submissions  { files }
// Signed-in learners only: the server grades the code itself and records the
// verdict. A client's own claim of a pass is never read.
import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/server";
import { getDb } from "@/lib/db/client";
import { gradingPool, isGradingUnavailable, submissionSchema, verifyAndRecord } from "@/lib/grading/server-grader";
import { isPoolBusy } from "@/lib/grading/runtime-pool";
import { readJson, refuseCrossOrigin } from "@/lib/http/request-guards";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const user = await currentUser(request.headers);
  if (!user) return NextResponse.json({ error: "Sign in to save verified progress." }, { status: 401 });
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = submissionSchema.safeParse(body.value);
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0].message }, { status: 400 });
  const { slug } = await params;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return NextResponse.json({ error: `No exercise "${slug}".` }, { status: 404 });
  try {
    const verified = await verifyAndRecord(getDb(), gradingPool(), user.id, slug, parsed.data.files);
    return NextResponse.json({ verified: true, ...verified }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (isGradingUnavailable(error)) return NextResponse.json({ error: error.message }, { status: 503 });
    if (isPoolBusy(error)) {
      return NextResponse.json({ error: error.message }, { status: 503, headers: { "retry-after": String(error.retryAfterSeconds) } });
    }
    if (error instanceof Error && error.name === "ExerciseNotFoundError") return NextResponse.json({ error: `No exercise "${slug}".` }, { status: 404 });
    throw error;
  }
}
