import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/classrooms/action-form";
import { requireUser } from "@/lib/auth/require-user";
import { listMemberships, listOwnedClassrooms } from "@/lib/classrooms/classroom-service";
import { formatJoinCode } from "@/lib/classrooms/join-code";
import { lessonOutline } from "@/lib/content/lessons";
import { getDb } from "@/lib/db/client";
import { createClassroomAction, joinClassroomAction, leaveClassroomAction } from "./actions";

export const metadata: Metadata = { title: "Classrooms" };
export const dynamic = "force-dynamic";

export default async function ClassroomsPage() {
  const user = await requireUser("/classrooms");
  const db = getDb();
  const [owned, memberships] = await Promise.all([listOwnedClassrooms(db, user.id), listMemberships(db, user.id)]);
  const lessons = lessonOutline();
  return (
    <>
      <h1>Classrooms</h1>
      <section aria-labelledby="teaching">
        <h2 id="teaching">Classrooms you teach</h2>
        {owned.length === 0 ? <p>You do not teach a classroom yet.</p> : null}
        <ul className="card-list">
          {owned.map((c) => (
            <li key={c.id}>
              <Link href={`/classrooms/${c.id}`}>{c.name}</Link> — join code <code className="join-code">{formatJoinCode(c.joinCode)}</code>, {c.learners} learner
              {c.learners === 1 ? "" : "s"}
              {c.strictMode ? <span className="tag">strict grading</span> : null}
            </li>
          ))}
        </ul>
        <details>
          <summary>Create a classroom</summary>
          <ActionForm action={createClassroomAction} label="Create classroom">
            <label>
              Name
              <input name="name" className="form-input" required minLength={3} maxLength={80} />
            </label>
            <label className="inline">
              <input type="checkbox" name="strictMode" /> Strict grading (hidden tests run only on the server)
            </label>
            <fieldset className="deadline-fieldset">
              <legend>Deadlines (optional)</legend>
              <p className="muted">A date for the lessons you want finished by then; learners see them under &ldquo;Classrooms you are in&rdquo;.</p>
              <div className="deadline-grid">
                {lessons.map((lesson) => (
                  <div key={lesson.slug} className="deadline-row">
                    <input type="hidden" name="deadlineLesson" value={lesson.slug} />
                    <label htmlFor={`deadline-${lesson.slug}`}>
                      <span className="number">{String(lesson.order).padStart(2, "0")}</span> {lesson.title}
                    </label>
                    <input id={`deadline-${lesson.slug}`} type="date" name="deadlineDue" className="form-input" />
                  </div>
                ))}
              </div>
            </fieldset>
          </ActionForm>
        </details>
      </section>
      <section aria-labelledby="learning">
        <h2 id="learning">Classrooms you are in</h2>
        {memberships.length === 0 ? <p>You have not joined a classroom.</p> : null}
        <ul className="card-list">
          {memberships.map((m) => (
            <li key={m.classroomId}>
              {m.name}
              {m.strictMode ? <span className="tag">strict grading</span> : null}
              {m.deadlines.length ? (
                <ul>
                  {m.deadlines.map((d) => (
                    <li key={d.lessonSlug}>
                      {lessons.find((l) => l.slug === d.lessonSlug)?.title ?? d.lessonSlug}: due {new Date(d.dueAt).toLocaleDateString("en", { dateStyle: "medium" })}
                    </li>
                  ))}
                </ul>
              ) : null}
              <form action={leaveClassroomAction}>
                <input type="hidden" name="classroomId" value={m.classroomId} />
                <button type="submit" className="link-button">
                  Leave {m.name}
                </button>
              </form>
            </li>
          ))}
        </ul>
        <ActionForm action={joinClassroomAction} label="Join classroom">
          <label>
            Join code
            <input name="code" className="form-input join-code-input" required placeholder="K7M2-QX9P" autoComplete="off" spellCheck={false} aria-describedby="join-code-help" />
          </label>
          <p id="join-code-help" className="muted">
            Eight letters and digits, as your instructor shows them (with or without the dash).
          </p>
        </ActionForm>
      </section>
    </>
  );
}
