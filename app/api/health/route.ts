import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { databaseConfig } from "@/lib/db/config.mjs";
import { lessonOutline } from "@/lib/content/lessons";
import { serverGradingStatus } from "@/lib/grading/server-grader";

export const dynamic = "force-dynamic";

/**
 * Liveness for tests and hosting: the database answers and lessons load. It
 * also says how server-side grading isolates learner code, loudly when it
 * does not. It never reveals what is stored (no counts of users or rows).
 * Whether a load balancer may send learners here is /api/ready.
 */
export async function GET() {
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    const grading = await serverGradingStatus();
    return NextResponse.json({ ok: true, database: databaseConfig().provider, lessons: lessonOutline().length, grading });
  } catch (error) {
    console.error("health check failed", error);
    return NextResponse.json({ ok: false, error: "database or content unavailable" }, { status: 503 });
  }
}
