// Runs once when the server starts: boots the grading runtimes in the
// background, so the first learner's submission does not wait for Python.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.GRADER_WARM === "0") return;
  const { gradingPool } = await import("@/lib/grading/server-grader");
  gradingPool()
    .warm()
    .catch((error: unknown) => console.error("grading pool warm-up failed:", error));
}
