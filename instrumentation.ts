// Runs once when the server starts: says how learner code is isolated (loudly
// when it is not), then boots the grading runtimes in the background, so the
// first learner's submission does not wait for Python.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { gradingPool, serverGradingStatus } = await import("@/lib/grading/server-grader");
  const status = await serverGradingStatus();
  if (status.warning) {
    const line = "!".repeat(78);
    console.error(`\n${line}\n${status.warning}\n${line}\n`);
  } else {
    console.log("Python runners: operating-system sandbox (bubblewrap, seccomp, no network)");
  }
  if (!status.enabled || process.env.GRADER_WARM === "0") return;
  gradingPool()
    .warm()
    .catch((error: unknown) => console.error("grading pool warm-up failed:", error));
}
