// Hosting past one machine: two production instances, started with
// `npm start` at the same moment against one empty, throwaway PostgreSQL,
// behind a round-robin load balancer (scripts/lib/load-balancer.mjs). The
// load test runs through the balancer while one instance is stopped with
// SIGTERM halfway; nothing may be lost or duplicated. Needs Debian's
// postgresql package: skipped with a message without it, except in CI.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrations.mjs";
import { spawnCourseInstance } from "@/scripts/lib/app-server.mjs";
import { freePort } from "@/scripts/lib/free-port.mjs";
import { startLoadBalancer } from "@/scripts/lib/load-balancer.mjs";
import { findPostgresBin, startPostgres } from "@/scripts/lib/postgres.mjs";
import { checkRecorded, LOAD_EXERCISE, signUpLearners, submitForSeconds, type LoadRun } from "@/scripts/load-test.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const postgresBin = findPostgresBin();
if (!postgresBin && process.env.CI) throw new Error("CI needs PostgreSQL for the hosting test: apt-get install postgresql");
const skipReason = postgresBin ? "" : " (skipped: PostgreSQL server binaries not found under /usr/lib/postgresql; apt-get install postgresql)";

/** Bounded load: enough learners to keep both instances' graders and queues busy, short enough for CI. */
const LEARNERS = 6;
const LOAD_SECONDS = 20;
/** One instance is stopped once both have graded and it has a submission in flight, between these moments of the load. */
const STOP_AFTER_SECONDS = 3;
const STOP_AT_THE_LATEST_SECONDS = 12;

type Instance = ReturnType<typeof spawnCourseInstance>;

describe.skipIf(!postgresBin)(`hosting: two instances on one PostgreSQL behind a load balancer${skipReason}`, () => {
  let database: { url: string; stop: () => void } | null = null;
  let balancer: Awaited<ReturnType<typeof startLoadBalancer>> | null = null;
  let publicUrl = "";
  let env: Record<string, string> = {};
  const instances: Instance[] = [];

  beforeAll(async () => {
    const started = await startPostgres();
    if (!started.server) throw new Error(started.reason ?? "PostgreSQL did not start");
    database = started.server;
    const balancerPort = await freePort();
    publicUrl = `http://127.0.0.1:${balancerPort}`;
    env = {
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      BETTER_AUTH_URL: publicUrl,
      AUTH_SIGN_UP_LIMIT_PER_MINUTE: "1000",
    };
    // Both at once, against the empty database: their migrations race.
    const ports = [await freePort(), await freePort()];
    instances.push(...ports.map((port) => spawnCourseInstance({ env, port })));
    await Promise.all(instances.map((instance) => instance.ready(240_000)));
    balancer = await startLoadBalancer(
      instances.map((instance) => instance.url),
      { port: balancerPort },
    );
  }, 300_000);

  afterAll(async () => {
    await balancer?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    database?.stop();
  }, 120_000);

  it("refuses a hosted start without BETTER_AUTH_SECRET and BETTER_AUTH_URL, saying what to set", async () => {
    const refusedStart = (command: string[]) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, command, {
          cwd: root,
          env: { ...process.env, DATABASE_URL: database!.url, BETTER_AUTH_SECRET: "", BETTER_AUTH_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        child.on("exit", (code) => resolve({ code, output }));
      });
    const port = String(await freePort());
    // `npm start`, and `next start` run directly by a host.
    for (const command of [["scripts/start.mjs"], ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"]]) {
      const { code, output } = await refusedStart(command);
      expect(code, output).toBe(1);
      expect(output).toMatch(/Refusing to start a hosted course \(DATABASE_URL is PostgreSQL\)/);
      expect(output).toMatch(/BETTER_AUTH_SECRET is not set: set it to/);
      expect(output).toMatch(/BETTER_AUTH_URL is not set: set it to/);
    }
  });

  it("applied each migration once although both instances started at once", async () => {
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT name FROM _course_migrations ORDER BY name");
      expect(rows.map((row) => row.name)).toEqual(readMigrations("postgres").map((m) => m.name));
    } finally {
      await client.end();
    }
    const outputs = instances.map((instance) => instance.output());
    expect(outputs.filter((output) => /database \(postgres, [^)]*\): applied 0001_init/.test(output)), outputs.join("\n---\n")).toHaveLength(1);
    expect(outputs.filter((output) => /database \(postgres\) is up to date/.test(output))).toHaveLength(1);
  });

  it("answers readiness with its checks, and liveness without counts", async () => {
    const builds = new Set<string>();
    for (const instance of instances) {
      const ready = await fetch(`${instance.url}/api/ready`);
      expect(ready.status).toBe(200);
      const body = await ready.json();
      expect(body).toMatchObject({
        ready: true,
        draining: false,
        database: "ok",
        migrations: { current: true, pending: [], changed: [], newer: [] },
        grading: { enabled: true, warm: true },
      });
      builds.add(body.build);
      const health = await (await fetch(`${instance.url}/api/health`)).json();
      expect(Object.keys(health).sort()).toEqual(["database", "grading", "lessons", "ok"]);
      expect(health.grading).toHaveProperty("isolation");
    }
    // One build behind one load balancer: pages from one instance find their scripts on the other.
    expect(builds.size).toBe(1);
  });

  it("accepts on one instance a session made on the other", async () => {
    // Directly to each instance, with what the load balancer would forward.
    const headers = { "content-type": "application/json", origin: publicUrl, "x-forwarded-for": "203.0.113.20" };
    const email = `across-${Date.now()}@example.test`;
    const signUp = await fetch(`${instances[0].url}/api/auth/sign-up/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "Across", email, password: "a long enough password" }),
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const session = await fetch(`${instances[1].url}/api/auth/get-session`, { headers: { cookie } });
    expect(session.status).toBe(200);
    expect((await session.json())?.user?.email).toBe(email);
    const progress = await fetch(`${instances[1].url}/api/progress`, { headers: { cookie } });
    expect(progress.status).toBe(200);
  });

  it("refuses the sixth sign-in attempt in a minute on either instance", async () => {
    const attempt = (instance: Instance) =>
      fetch(`${instance.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: publicUrl, "x-forwarded-for": "203.0.113.21" },
        body: JSON.stringify({ email: "nobody@example.test", password: "not the password" }),
      });
    const statuses: number[] = [];
    for (const instance of [instances[0], instances[1], instances[0], instances[1], instances[0]]) statuses.push((await attempt(instance)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await attempt(instances[1])).status).toBe(429);
    expect((await attempt(instances[0])).status).toBe(429);
  });

  it("loses and duplicates nothing under load across both, while one of them is stopped", async () => {
    const users = await signUpLearners(balancer!.url, LEARNERS, "hosting");
    const submissions = `/api/exercises/${LOAD_EXERCISE}/submissions`;
    let stopSentAt = 0;
    let stopTookMs = 0;
    let stopped: { code: number | null; signal: string | null } | null = null;
    const load: LoadRun = await submitForSeconds({
      url: balancer!.url,
      users,
      seconds: LOAD_SECONDS,
      events: [
        {
          afterSeconds: STOP_AFTER_SECONDS,
          run: async () => {
            const gradedBy = (upstream: number) => balancer!.log.filter((entry) => entry.path === submissions && entry.upstream === upstream && entry.status === 200).length;
            const latest = Date.now() + (STOP_AT_THE_LATEST_SECONDS - STOP_AFTER_SECONDS) * 1000;
            while (!(gradedBy(0) > 0 && gradedBy(1) > 0 && balancer!.inFlight[1] > 0) && Date.now() < latest) await new Promise((resolve) => setTimeout(resolve, 20));
            stopSentAt = Date.now();
            stopped = await instances[1].stop("SIGTERM");
            stopTookMs = Date.now() - stopSentAt;
          },
        },
      ],
    });
    const log = balancer!.log.filter((entry) => entry.path === submissions);
    const answers: Record<string, number> = {};
    for (const entry of log) {
      const key = `instance ${entry.upstream}, ${entry.ended < stopSentAt ? "before" : "after"} the stop: ${entry.status}`;
      answers[key] = (answers[key] ?? 0) + 1;
    }
    const report = JSON.stringify({ graded: load.latencies.length, busy: load.busy, errors: load.errors, failures: load.failures.slice(0, 5), stopped, stopTookMs, drain: instances[1].output().match(/SIGTERM: drain.*/g), answers }, null, 1);
    console.log(`hosting load: ${report}`);

    expect(load.errors, report).toBe(0);
    expect(log.filter((entry) => entry.status === "broken"), report).toEqual([]);
    expect(await checkRecorded(database!.url, load.perUser)).toEqual({ lost: 0, duplicated: 0 });
    // The stopped instance exited as a SIGTERM'd Next.js server does, after saying it drained.
    expect(stopSentAt, report).toBeGreaterThan(0);
    expect(stopped, instances[1].output()).toEqual({ code: 143, signal: null });
    expect(instances[1].output()).toMatch(/SIGTERM: draining/);
    expect(instances[1].output()).toMatch(/SIGTERM: drained in \d+ ms/);
    // What it had in flight at the stop was answered: graded (200) or handed back (503 + Retry-After).
    const inFlightAtStop = log.filter((entry) => entry.upstream === 1 && entry.started < stopSentAt && entry.ended >= stopSentAt);
    expect(inFlightAtStop.length, report).toBeGreaterThan(0);
    expect(inFlightAtStop.filter((entry) => entry.status !== 200 && entry.status !== 503), report).toEqual([]);
    // The other instance carried on.
    expect(log.filter((entry) => entry.upstream === 0 && entry.status === 200 && entry.started > stopSentAt).length, report).toBeGreaterThan(0);
  });
});
