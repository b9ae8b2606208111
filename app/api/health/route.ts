import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { databaseConfig } from "@/lib/db/config.mjs";
import { lessonOutline } from "@/lib/content/lessons";

export const dynamic = "force-dynamic";

/** Liveness for tests and hosting: the database answers and lessons load. */
export async function GET() {
  try {
    const users = await getDb().user.count();
    return NextResponse.json({ ok: true, database: databaseConfig().provider, users, lessons: lessonOutline().length });
  } catch (error) {
    console.error("health check failed", error);
    return NextResponse.json({ ok: false, error: "database or content unavailable" }, { status: 503 });
  }
}
