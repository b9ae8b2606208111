// PUT /api/progress/<slug>/code { files }: autosave for signed-in learners.
// GET returns the saved code, so another device can pick up where it left off.
import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/server";
import { getDb } from "@/lib/db/client";
import { listExerciseSlugs } from "@/lib/exercises/loader";
import { submissionSchema } from "@/lib/grading/server-grader";
import { readJson, refuseCrossOrigin } from "@/lib/http/request-guards";
import { lastCode, saveCode } from "@/lib/progress/progress-store";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

async function knownSlug(context: Context): Promise<string | null> {
  const { slug } = await context.params;
  return (await listExerciseSlugs()).includes(slug) ? slug : null;
}

export async function GET(request: Request, context: Context) {
  const user = await currentUser(request.headers);
  if (!user) return NextResponse.json({ error: "Sign in to load saved code." }, { status: 401 });
  const slug = await knownSlug(context);
  if (!slug) return NextResponse.json({ error: "No such exercise." }, { status: 404 });
  return NextResponse.json({ files: await lastCode(getDb(), user.id, slug) }, { headers: { "cache-control": "no-store" } });
}

export async function PUT(request: Request, context: Context) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const user = await currentUser(request.headers);
  if (!user) return NextResponse.json({ error: "Sign in to save code to your account." }, { status: 401 });
  const slug = await knownSlug(context);
  if (!slug) return NextResponse.json({ error: "No such exercise." }, { status: 404 });
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = submissionSchema.safeParse(body.value);
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0].message }, { status: 400 });
  await saveCode(getDb(), user.id, slug, parsed.data.files);
  return NextResponse.json({ saved: true });
}
