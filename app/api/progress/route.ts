// GET /api/progress: the signed-in learner's own progress (never anyone else's).
import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/server";
import { getDb } from "@/lib/db/client";
import { listProgress } from "@/lib/progress/progress-store";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await currentUser(request.headers);
  if (!user) return NextResponse.json({ error: "Sign in to see saved progress." }, { status: 401 });
  return NextResponse.json({ progress: await listProgress(getDb(), user.id) }, { headers: { "cache-control": "no-store" } });
}
