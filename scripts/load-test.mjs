// Bounded load test of server-side grading against the production build:
// simulated learners sign up, then submit (wrong, then right, in turn) for a
// fixed time. Reports throughput and latency percentiles, then checks the
// database: exactly one progress row per learner and exercise, with as many
// attempts and submission rows as the server answered 200 for.
//   npm run bench -- --load [--learners 50] [--seconds 60]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { startAppServer } from "./lib/app-server.mjs";
import { ensureBuild } from "./start.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXERCISE = "flask-hello-routes";
const read = (folder) => ({ "app.py": readFileSync(path.join(root, "exercises", EXERCISE, folder, "app.py"), "utf8") });

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function signUp(url, index) {
  const response = await fetch(`${url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ name: `Learner ${index}`, email: `load-${index}-${Date.now()}@example.test`, password: "load test password" }),
  });
  if (!response.ok) throw new Error(`sign-up ${index} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { user } = await response.json();
  return { id: user.id, cookie };
}

/** @returns {Promise<object>} figures for the bench table */
export async function runLoadTest({ learners = 50, seconds = 60, env = {}, log = console.error } = {}) {
  await ensureBuild({ toStderr: true });
  const server = await startAppServer({ env: { AUTH_SIGN_UP_LIMIT_PER_MINUTE: "100000", GRADER_QUEUE_LIMIT: "40", ...env } });
  try {
    log(`load: ${learners} learners for ${seconds} s against ${server.url}`);
    const users = [];
    for (let i = 0; i < learners; i++) users.push(await signUp(server.url, i));
    const files = [read("starter"), read("solution")];
    const latencies = [];
    const perUser = new Map(users.map((u) => [u.id, 0]));
    let busy = 0;
    let errors = 0;
    const started = Date.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      users.map(async (user, index) => {
        let turn = index % 2;
        while (Date.now() < deadline) {
          const t0 = performance.now();
          const response = await fetch(`${server.url}/api/exercises/${EXERCISE}/submissions`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: server.url, cookie: user.cookie },
            body: JSON.stringify({ files: files[turn] }),
          });
          const elapsed = performance.now() - t0;
          await response.arrayBuffer();
          if (response.status === 200) {
            latencies.push(elapsed);
            perUser.set(user.id, perUser.get(user.id) + 1);
            turn = 1 - turn;
          } else if (response.status === 503) {
            busy += 1;
            const wait = Number(response.headers.get("retry-after") ?? "1");
            await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 5) * 1000));
          } else {
            errors += 1;
          }
        }
      }),
    );
    const elapsedSeconds = (Date.now() - started) / 1000;

    const db = new Database(server.databaseFile, { readonly: true });
    const rows = db.prepare("SELECT userId, COUNT(*) AS n, SUM(attempts) AS attempts FROM progress WHERE exerciseSlug = ? GROUP BY userId").all(EXERCISE);
    const submissions = db.prepare("SELECT userId, COUNT(*) AS n FROM submission WHERE exerciseSlug = ? GROUP BY userId").all(EXERCISE);
    db.close();
    const byUser = new Map(rows.map((r) => [r.userId, r]));
    const submissionsByUser = new Map(submissions.map((r) => [r.userId, r.n]));
    let lost = 0;
    let duplicated = 0;
    for (const [userId, graded] of perUser) {
      const row = byUser.get(userId);
      if (graded > 0 && !row) lost += 1;
      if (row && row.n > 1) duplicated += 1;
      if (row && row.attempts !== graded) lost += Math.abs(row.attempts - graded);
      if ((submissionsByUser.get(userId) ?? 0) !== graded) lost += Math.abs((submissionsByUser.get(userId) ?? 0) - graded);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      load_learners: learners,
      load_seconds: Math.round(elapsedSeconds),
      load_graded_submissions: latencies.length,
      load_throughput_per_s: Number((latencies.length / elapsedSeconds).toFixed(2)),
      load_latency_p50_ms: Math.round(percentile(sorted, 50)),
      load_latency_p95_ms: Math.round(percentile(sorted, 95)),
      load_busy_503: busy,
      load_errors: errors,
      load_progress_rows_lost: lost,
      load_progress_rows_duplicated: duplicated,
    };
  } finally {
    server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? Number(process.argv[index + 1]) : fallback;
  };
  const figures = await runLoadTest({ learners: arg("learners", 50), seconds: arg("seconds", 60) });
  console.log(JSON.stringify(figures, null, 2));
  process.exit(figures.load_progress_rows_lost || figures.load_progress_rows_duplicated || figures.load_errors ? 1 : 0);
}
