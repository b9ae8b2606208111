// What a server instance does when it starts (Node.js runtime only; loaded by
// instrumentation.ts): refuses a hosted start without the settings every
// instance must share, says how learner code is isolated (loudly when it is
// not), boots the grading runtimes in the background so the first learner's
// submission does not wait for Python, and drains grading when told to stop.
import { gradingPool, serverGradingStatus } from "@/lib/grading/server-grader";
import { hostedConfigError } from "./hosted-config.mjs";

export async function startInstance(): Promise<void> {
  const refused = hostedConfigError();
  if (refused) {
    console.error(refused);
    process.exit(1);
  }
  drainGradingOnStop();
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

/**
 * On SIGTERM (or SIGINT) the instance stops taking submissions: /api/ready
 * answers 503, queued and new submissions are handed back with 503 +
 * Retry-After, and those being graded finish and are recorded. Next.js's own
 * handler meanwhile closes the listening socket, waits until every request in
 * flight has been answered, and exits.
 */
function drainGradingOnStop() {
  const drain = (signal: NodeJS.Signals) => {
    const { busy, queued } = gradingPool().stats;
    console.log(`${signal}: draining: finishing ${busy} submission(s) being graded, handing back ${queued} queued, taking no new ones`);
    const started = Date.now();
    gradingPool()
      .drain()
      .then(() => console.log(`${signal}: drained in ${Date.now() - started} ms; every submission in flight was graded and recorded`))
      .catch((error: unknown) => console.error(`${signal}: draining failed:`, error));
  };
  process.once("SIGTERM", drain);
  process.once("SIGINT", drain);
}
