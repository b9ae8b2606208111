import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/server";
import { dashboardCsv, getDashboard } from "@/lib/classrooms/dashboard";
import { NotFoundError } from "@/lib/classrooms/errors";
import { courseExercises } from "@/lib/content/course-catalog";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser(request.headers);
  if (!user) return NextResponse.json({ error: "sign in first" }, { status: 401 });
  const { id } = await params;
  try {
    const exercises = (await courseExercises()).map(({ slug, title, lessonSlug, lessonTitle }) => ({ slug, title, lessonSlug, lessonTitle }));
    const dashboard = await getDashboard(getDb(), user.id, id, exercises);
    const name = dashboard.classroom.name.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-|-$/g, "") || "classroom";
    return new NextResponse(dashboardCsv(dashboard), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}-progress.csv"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
