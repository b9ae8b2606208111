// GET /api/ready: readiness for a load balancer (200 ready, 503 not), with
// the checks behind the answer. /api/health is liveness: the process answers.
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { gradingPool, serverGradingStatus } from "@/lib/grading/server-grader";
import { readiness } from "@/lib/hosting/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const answer = await readiness(getDb(), gradingPool(), await serverGradingStatus());
  return NextResponse.json(answer, { status: answer.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
