import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { courseExercises } from "@/lib/content/course-catalog";
import { getDb } from "@/lib/db/client";
import { listProgress } from "@/lib/progress/progress-store";

export const metadata: Metadata = { title: "My progress" };
export const dynamic = "force-dynamic";

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [exercises, progress] = await Promise.all([courseExercises(), listProgress(getDb(), user.id)]);
  const bySlug = new Map(progress.map((p) => [p.exerciseSlug, p]));
  const passed = exercises.filter((e) => bySlug.get(e.slug)?.status === "passed").length;
  return (
    <>
      <h1>My progress</h1>
      <p>
        {passed} of {exercises.length} exercises passed. <Link href="/classrooms">Classrooms</Link>
      </p>
      <table className="grid-table">
        <caption>Exercises</caption>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Lesson</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">First passed</th>
          </tr>
        </thead>
        <tbody>
          {exercises.map((e) => {
            const p = bySlug.get(e.slug);
            return (
              <tr key={e.slug}>
                <th scope="row">{e.title}</th>
                <td>{e.lessonSlug ? <Link href={`/lessons/${e.lessonSlug}`}>{e.lessonTitle}</Link> : "—"}</td>
                <td className={`cell-${p?.status ?? "not-started"}`}>{p ? (p.status === "passed" ? "✓ passed" : `started (${p.bestPassed}/${p.bestTotal})`) : "not started"}</td>
                <td>{p?.attempts ?? 0}</td>
                <td>{p?.firstPassedAt ? new Date(p.firstPassedAt).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" }) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
