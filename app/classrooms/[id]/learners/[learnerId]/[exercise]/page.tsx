import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { learnerCode } from "@/lib/classrooms/dashboard";
import { NotFoundError } from "@/lib/classrooms/errors";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Learner code" };
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; learnerId: string; exercise: string }> };

export default async function LearnerCodePage({ params }: Params) {
  const { id, learnerId, exercise } = await params;
  const user = await requireUser(`/classrooms/${id}`);
  const files = await learnerCode(getDb(), user.id, id, learnerId, exercise).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <p>
        <Link href={`/classrooms/${id}`}>Back to the dashboard</Link>
      </p>
      <h1>Latest code for {exercise}</h1>
      {files === null ? (
        <p>No code saved yet.</p>
      ) : (
        Object.entries(files).map(([name, source]) => (
          <section key={name} aria-label={name}>
            <h2>
              <code>{name}</code>
            </h2>
            <pre>
              <code>{source}</code>
            </pre>
          </section>
        ))
      )}
    </>
  );
}
