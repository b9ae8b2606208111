import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { joinClassroom } from "@/lib/classrooms/classroom-service";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

async function tryJoin(userId: string, code: string): Promise<{ name: string } | { problem: string }> {
  try {
    return await joinClassroom(getDb(), userId, code);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 400 && status !== 404) throw error;
    return { problem: (error as Error).message };
  }
}

/** A shareable join link: sign in (or up) if needed, then join. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  const result = await tryJoin(user.id, code);
  if ("problem" in result) {
    return (
      <section>
        <h1>Could not join</h1>
        <p role="alert">{result.problem}</p>
        <p>
          <Link href="/classrooms">Enter a code by hand</Link>
        </p>
      </section>
    );
  }
  return (
    <section>
      <h1>You joined {result.name}</h1>
      <p>
        Your instructor can now see your progress. <Link href="/#outline">Start learning</Link>
      </p>
    </section>
  );
}
