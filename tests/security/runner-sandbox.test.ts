// Attacks on the runner's sandbox itself: JavaScript in full control of a
// runner process (what a complete escape from Python would give) tries to
// start processes, read the server's secrets and files, write, reach the
// network, fill the disk and take memory or CPU. Each layer is tried with
// Node's own guards on, and with them off, to show that the operating
// system's layers hold on their own.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeIsolation } from "@/lib/python-runtime/node/isolation";
import { runnerCommand, type RunnerSpec } from "@/lib/python-runtime/node/sandbox-command.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const hostile = path.join(root, "tests/security/hostile-runner.mjs");
const isRoot = process.getuid?.() === 0;

let secretsDir: string;
let secretFile: string;
let listener: net.Server;
let listenerPort: number;
let connectionsSeen = 0;
const SECRET = `secret-${Math.random().toString(36).slice(2)}`;

beforeAll(async () => {
  // A file and an environment variable the runner must never see.
  secretsDir = mkdtempSync(path.join(os.tmpdir(), "runner-secrets-"));
  secretFile = path.join(secretsDir, ".auth-secret");
  writeFileSync(secretFile, SECRET);
  process.env.RUNNER_TEST_SECRET = SECRET;
  listener = net.createServer((socket) => {
    connectionsSeen += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  listenerPort = (listener.address() as net.AddressInfo).port;
});

afterAll(() => {
  listener?.close();
  rmSync(secretsDir, { recursive: true, force: true });
  delete process.env.RUNNER_TEST_SECRET;
});

interface HostileReport {
  uid: number;
  environment: Record<string, string>;
  reads: Record<string, { ok: boolean; value?: string; error?: string }>;
  writes: Record<string, { ok: boolean; error?: string }>;
  spawnNode: { ok: boolean; value?: string };
  shell: { ok: boolean };
  forkBomb: { ok: boolean; value?: number };
  nativeBinding: { ok: boolean };
  evaluate: { ok: boolean; value?: number };
  connections: Record<string, { ok: boolean; error?: string }>;
  diskFill: { ok: boolean };
  memory?: { ok: boolean };
  allocatedMb?: number;
}

function spec(plan: object, options: { nodeGuards: boolean; memoryLimitBytes?: number; cpuSeconds?: number }): RunnerSpec {
  return {
    runnerFile: hostile,
    runnerArgs: [JSON.stringify(plan)],
    readOnlyPaths: [path.join(root, "tests/security")],
    limits: { memoryLimitBytes: options.memoryLimitBytes ?? 256 * 2 ** 20, cpuSeconds: options.cpuSeconds },
    isolated: true,
    nodeGuards: options.nodeGuards,
  };
}

/** Starts the hostile runner the way the server starts a real one; resolves with its report and how it ended. */
function runHostile(runnerSpec: RunnerSpec, timeoutMs = 60_000): Promise<{ report: HostileReport | null; code: number | null; signal: string | null; stderr: string }> {
  const command = runnerCommand(runnerSpec);
  const child = spawn(command.command, command.args, {
    cwd: "/",
    env: { ...process.env } as NodeJS.ProcessEnv, // what the server has; the sandbox must clear it
    stdio: ["ignore", "pipe", "pipe", command.seccomp ? "pipe" : "ignore"],
  });
  if (command.seccomp) (child.stdio[3] as NodeJS.WritableStream).end(command.seccomp);
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").pop();
      let report: HostileReport | null = null;
      try {
        report = line ? (JSON.parse(line) as HostileReport) : null;
      } catch {
        report = null;
      }
      resolve({ report, code, signal, stderr: err });
    });
  });
}

const plan = () => ({
  files: [secretFile, path.join(root, "package.json"), "/etc/passwd", "/etc/shadow", path.join(root, "data/course.db")],
  writes: ["/runner/x", "/tmp/x", path.join(root, "tests/security/x"), path.join(secretsDir, "x")],
  ports: [listenerPort],
});

function expectContained(report: HostileReport | null) {
  expect(report, "the hostile runner printed no report").not.toBeNull();
  const r = report as HostileReport;
  if (isRoot) expect(r.uid).not.toBe(0);
  expect(Object.keys(r.environment).filter((name) => name !== "PWD")).toEqual([]);
  expect(JSON.stringify(r)).not.toContain(SECRET);
  for (const [file, result] of Object.entries(r.reads)) expect(result.ok, `read ${file}`).toBe(false);
  for (const [file, result] of Object.entries(r.writes)) expect(result.ok, `write ${file}`).toBe(false);
  expect(r.spawnNode.ok, "start node").toBe(false);
  expect(r.shell.ok, "start a shell").toBe(false);
  expect(r.forkBomb.ok && (r.forkBomb.value ?? 0) > 0, "start many children").toBe(false);
  for (const [port, result] of Object.entries(r.connections)) expect(result.ok, `connect to 127.0.0.1:${port}`).toBe(false);
  expect(r.diskFill.ok, "fill the disk").toBe(false);
}

describe("the runner sandbox under attack from its own JavaScript", async () => {
  const status = await probeIsolation(root);
  it("is available on this host (CI installs bubblewrap)", () => {
    expect(status).toEqual({ level: "sandbox" });
  });

  it("contains a hostile runner with every layer on", async () => {
    const { report } = await runHostile(spec(plan(), { nodeGuards: true }));
    expectContained(report);
    expect(report?.evaluate.ok, "code from strings").toBe(false);
    expect(report?.nativeBinding.ok, "process.binding").toBe(false);
    expect(connectionsSeen).toBe(0);
  });

  it("contains it with the operating system's layers alone (Node's permission model off)", async () => {
    const { report } = await runHostile(spec(plan(), { nodeGuards: false }));
    expectContained(report);
    expect(connectionsSeen).toBe(0);
  });

  it("stops memory at the limit the operating system enforces", async () => {
    const { report, signal } = await runHostile(spec({ allocateMb: 4096 }, { nodeGuards: false, memoryLimitBytes: 256 * 2 ** 20 }));
    // Either the allocation fails inside, or the process is killed: never 4 GB.
    if (report) {
      expect(report.memory?.ok).toBe(false);
      expect(report.allocatedMb).toBeLessThan(1100);
    } else {
      expect(signal).not.toBeNull();
    }
  });

  it("kills a runner that spins past its CPU seconds, without help from the server", async () => {
    const started = Date.now();
    const { code, signal, report } = await runHostile(spec({ spin: true }, { nodeGuards: false, cpuSeconds: 1 }), 30_000);
    // bubblewrap reports its child's death by a signal as exit status 128 + signal.
    const killedBy = signal ?? (code !== null && code > 128 ? os.constants.signals.SIGXCPU === code - 128 ? "SIGXCPU" : os.constants.signals.SIGKILL === code - 128 ? "SIGKILL" : `signal ${code - 128}` : null);
    expect(report).toBeNull();
    expect(["SIGXCPU", "SIGKILL"]).toContain(killedBy);
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  // The server usually runs as root in CI; a normal user's server takes the
  // unprivileged-user-namespace path, checked here by running as nobody.
  const nobodyCanRead = isRoot && spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "-e", `require("fs").accessSync(${JSON.stringify(hostile)})`]).status === 0;
  it.skipIf(!nobodyCanRead)("contains it when the server runs as a normal user", async () => {
    const driver = [
      `const { runnerCommand } = await import(${JSON.stringify(path.join(root, "lib/python-runtime/node/sandbox-command.mjs"))});`,
      `const { spawn } = await import("node:child_process");`,
      `const c = runnerCommand(${JSON.stringify(spec({ ports: [listenerPort], files: ["/etc/passwd"], writes: ["/runner/x"] }, { nodeGuards: false }))});`,
      `const child = spawn(c.command, c.args, { stdio: ["ignore", "inherit", "inherit", c.seccomp ? "pipe" : "ignore"] });`,
      `if (c.seccomp) child.stdio[3].end(c.seccomp);`,
    ].join("\n");
    const result = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "--input-type=module", "-e", driver], {
      encoding: "utf8",
      env: { ...process.env, RUNNER_TEST_SECRET: SECRET },
      timeout: 60_000,
    });
    const report = JSON.parse(result.stdout.trim().split("\n").pop() ?? "null") as HostileReport | null;
    expect(report?.uid).toBe(65534);
    expect(Object.keys(report?.environment ?? {}).filter((name) => name !== "PWD")).toEqual([]);
    expect(report?.reads["/etc/passwd"].ok).toBe(false);
    expect(report?.writes["/runner/x"].ok).toBe(false);
    expect(report?.spawnNode.ok).toBe(false);
    expect(report?.connections[listenerPort].ok).toBe(false);
    expect(connectionsSeen).toBe(0);
  });
});
