"use server";
// Classroom changes as server actions. Next checks the Origin of every
// server action (CSRF); the service checks who may do what.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/server";
import { createClassroom, joinClassroom, leaveClassroom, removeLearner } from "@/lib/classrooms/classroom-service";
import { formatJoinCode } from "@/lib/classrooms/join-code";
import { getDb } from "@/lib/db/client";

export interface ActionState {
  message: string | null;
  error: boolean;
}

async function signedIn() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=/classrooms");
  return user;
}

function failure(error: unknown): ActionState {
  const status = (error as { status?: number }).status;
  if (status === 400 || status === 403 || status === 404) return { message: (error as Error).message, error: true };
  throw error;
}

export async function createClassroomAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await signedIn();
  const deadlines = form.getAll("deadlineLesson").flatMap((lesson, i) => {
    const due = String(form.getAll("deadlineDue")[i] ?? "");
    return lesson && due ? [{ lessonSlug: String(lesson), dueAt: due }] : [];
  });
  try {
    const classroom = await createClassroom(getDb(), user.id, { name: String(form.get("name") ?? ""), strictMode: form.get("strictMode") === "on", deadlines });
    revalidatePath("/classrooms");
    return { message: `Created "${classroom.name}". Join code: ${formatJoinCode(classroom.joinCode)}`, error: false };
  } catch (error) {
    return failure(error);
  }
}

export async function joinClassroomAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await signedIn();
  try {
    const joined = await joinClassroom(getDb(), user.id, String(form.get("code") ?? ""));
    revalidatePath("/classrooms");
    return { message: `You joined "${joined.name}".`, error: false };
  } catch (error) {
    return failure(error);
  }
}

export async function leaveClassroomAction(form: FormData): Promise<void> {
  const user = await signedIn();
  await leaveClassroom(getDb(), user.id, String(form.get("classroomId") ?? ""));
  revalidatePath("/classrooms");
}

export async function removeLearnerAction(form: FormData): Promise<void> {
  const user = await signedIn();
  const classroomId = String(form.get("classroomId") ?? "");
  await removeLearner(getDb(), user.id, classroomId, String(form.get("learnerId") ?? ""));
  revalidatePath(`/classrooms/${classroomId}`);
  // The learner's own page is gone with the membership.
  redirect(`/classrooms/${classroomId}`);
}
