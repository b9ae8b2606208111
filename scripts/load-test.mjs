// Bounded load test of server-side grading against the production build:
// simulated learners sign up, then submit (wrong, then right, in turn) for a
// fixed time. Reports throughput and latency percentiles, then checks the
// database: exactly one progress row per learner and exercise, with as many
// attempts and submission rows as the server answered 200 for.
//   npm run bench -- --load [--learners 50] [--seconds 60]
// The parts work against any base URL and database, so the hosting test
// (tests/e2e/hosting.e2e.ts) drives the same load through a load balancer
// in front of several instances on one PostgreSQL.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDatabaseUrl } from "../lib/db/config.mjs";
import { startAppServer } from "./lib/app-server.mjs";
import { ensureBuild } from "./start.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const LOAD_EXERCISE = "flask-hello-routes";
const read = (folder) => ({ "app.py": readFileSync(path.join(root, "exercises", LOAD_EXERCISE, folder, "app.py"), "utf8") });

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Signs up `count` learners through `url`.
 * @returns {Promise<{ id: string, email: string, cookie: string }[]>}
 */
export async function signUpLearners(url, count, label = "load") {
  const users = [];
  for (let i = 0; i < count; i++) {
    const email = `${label}-${i}-${Date.now()}@example.test`;
    const response = await fetch(`${url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({ name: `Learner ${i}`, email, password: "load test password" }),
    });
    if (!response.ok) throw new Error(`sign-up ${i} failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { user } = await response.json();
    users.push({ id: user.id, email, cookie });
  }
  return users;
}

/**
 * Every learner submits in a loop until `seconds` have passed, honouring
 * 503 + Retry-After as the workspace tells learners to. `events` run once
 * each at their time (e.g. stopping an instance mid-load) while the load goes on.
 * @param {{ url: string, users: { id: string, cookie: string }[], seconds: number, events?: { afterSeconds: number, run: () => Promise<void> }[] }} options
 */
export async function submitForSeconds({ url, users, seconds, events = [] }) {
  const files = [read("starter"), read("solution")];
  const latencies = [];
  const perUser = new Map(users.map((u) => [u.id, 0]));
  const failures = [];
  let busy = 0;
  let errors = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const eventRuns = events.map(
    (event) =>
      new Promise((resolve, reject) => {
        setTimeout(() => event.run().then(resolve, reject), event.afterSeconds * 1000);
      }),
  );
  await Promise.all([
    ...eventRuns,
    ...users.map(async (user, index) => {
      let turn = index % 2;
      while (Date.now() < deadline) {
        const t0 = performance.now();
        let response;
        try {
          response = await fetch(`${url}/api/exercises/${LOAD_EXERCISE}/submissions`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: url, cookie: user.cookie },
            body: JSON.stringify({ files: files[turn] }),
          });
        } catch (error) {
          errors += 1;
          failures.push(`network: ${error.cause?.code ?? error.message}`);
          await new Promise((resolve) => setTimeout(resolve, 200));
          continue;
        }
        const elapsed = performance.now() - t0;
        const text = await response.text();
        if (response.status === 200) {
          latencies.push(elapsed);
          perUser.set(user.id, perUser.get(user.id) + 1);
          turn = 1 - turn;
        } else if (response.status === 503 && response.headers.has("retry-after")) {
          busy += 1;
          const wait = Number(response.headers.get("retry-after") ?? "1");
          await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 5) * 1000));
        } else {
          errors += 1;
          failures.push(`${response.status}: ${text.slice(0, 200)}`);
        }
      }
    }),
  ]);
  return { perUser, latencies, busy, errors, failures, elapsedSeconds: (Date.now() - started) / 1000 };
}

/** Rows of the load exercise per learner: progress rows, their attempts, and submission rows. */
async function recordedRows(databaseUrl) {
  const config = parseDatabaseUrl(databaseUrl);
  const progressSql = `SELECT "userId" AS "userId", COUNT(*) AS n, SUM(attempts) AS attempts FROM progress WHERE "exerciseSlug" = $1 GROUP BY "userId"`;
  const submissionSql = `SELECT "userId" AS "userId", COUNT(*) AS n FROM submission WHERE "exerciseSlug" = $1 GROUP BY "userId"`;
  if (config.provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(config.file, { readonly: true });
    try {
      const all = (sql) => db.prepare(sql.replace("$1", "?")).all(LOAD_EXERCISE);
      return { progress: all(progressSql), submissions: all(submissionSql) };
    } finally {
      db.close();
    }
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    const all = async (sql) => (await client.query(sql, [LOAD_EXERCISE])).rows;
    return { progress: await all(progressSql), submissions: await all(submissionSql) };
  } finally {
    await client.end();
  }
}

/**
 * Compares the database with what the server answered: a learner's graded
 * submissions must be their progress row's attempts and their submission
 * rows, one progress row each.
 * @param {string} databaseUrl
 * @param {Map<string, number>} gradedPerUser 200 answers per learner id
 */
export async function checkRecorded(databaseUrl, gradedPerUser) {
  const { progress, submissions } = await recordedRows(databaseUrl);
  const byUser = new Map(progress.map((r) => [r.userId, { n: Number(r.n), attempts: Number(r.attempts) }]));
  const submissionsByUser = new Map(submissions.map((r) => [r.userId, Number(r.n)]));
  let lost = 0;
  let duplicated = 0;
  for (const [userId, graded] of gradedPerUser) {
    const row = byUser.get(userId);
    if (graded > 0 && !row) lost += 1;
    if (row && row.n > 1) duplicated += 1;
    if (row && row.attempts !== graded) lost += Math.abs(row.attempts - graded);
    if ((submissionsByUser.get(userId) ?? 0) !== graded) lost += Math.abs((submissionsByUser.get(userId) ?? 0) - graded);
  }
  return { lost, duplicated };
}

/** @returns {Promise<object>} figures for the bench table */
export async function runLoadTest({ learners = 50, seconds = 60, env = {}, log = console.error } = {}) {
  await ensureBuild({ toStderr: true });
  const server = await startAppServer({ env: { AUTH_SIGN_UP_LIMIT_PER_MINUTE: "100000", GRADER_QUEUE_LIMIT: "40", ...env } });
  try {
    log(`load: ${learners} learners for ${seconds} s against ${server.url}`);
    const users = await signUpLearners(server.url, learners);
    const load = await submitForSeconds({ url: server.url, users, seconds });
    const { lost, duplicated } = await checkRecorded(`file:${server.databaseFile}`, load.perUser);
    const sorted = [...load.latencies].sort((a, b) => a - b);
    return {
      load_learners: learners,
      load_seconds: Math.round(load.elapsedSeconds),
      load_graded_submissions: load.latencies.length,
      load_throughput_per_s: Number((load.latencies.length / load.elapsedSeconds).toFixed(2)),
      load_latency_p50_ms: Math.round(percentile(sorted, 50)),
      load_latency_p95_ms: Math.round(percentile(sorted, 95)),
      load_busy_503: load.busy,
      load_errors: load.errors,
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
