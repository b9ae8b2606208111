// Which isolation the Python runners get on this host, found once per
// process by starting ./sandbox-probe.mjs the way a runner would start and
// reading what it saw from the inside. "sandbox" is the operating-system
// boundary the server relies on; "process" (a separate process under Node's
// permission model and rlimits, but sharing the host's network) is what is
// left without bubblewrap or user namespaces.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { runnerCommand, type RunnerSpec } from "./sandbox-command.mjs";

export type IsolationLevel = "sandbox" | "process";

export interface IsolationStatus {
  level: IsolationLevel;
  /** Why the sandbox could not be used, when level is "process". */
  problem?: string;
}

interface ProbeReport {
  uid: number;
  reachedServer: boolean;
  environment: string[];
  writable: boolean;
  spawned: boolean;
  evaluated: boolean;
}

const PROBE_FILE = "lib/python-runtime/node/sandbox-probe.mjs";

/** Runs the probe inside the sandbox; resolves to what it printed, or rejects with the reason it did not start. */
async function runProbe(repoRoot: string): Promise<ProbeReport> {
  // A listener on the host's loopback that the probe must not reach.
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await startProbe(repoRoot, (server.address() as net.AddressInfo).port);
  } finally {
    server.close();
  }
}

function startProbe(repoRoot: string, port: number): Promise<ProbeReport> {
  const spec: RunnerSpec = {
    runnerFile: path.join(repoRoot, PROBE_FILE),
    runnerArgs: [String(port)],
    readOnlyPaths: [path.join(repoRoot, "lib/python-runtime/node")],
    limits: { memoryLimitBytes: 256 * 2 ** 20, cpuSeconds: 30 },
    isolated: true,
  };
  return new Promise((resolve, reject) => {
    let command;
    try {
      command = runnerCommand(spec);
    } catch (error) {
      return reject(error);
    }
    const child = spawn(command.command, command.args, { env: {} as NodeJS.ProcessEnv, cwd: "/", stdio: ["ignore", "pipe", "pipe", command.seccomp ? "pipe" : "ignore"] });
    for (const stream of child.stdio) (stream as NodeJS.EventEmitter | null)?.on("error", () => {});
    if (command.seccomp) (child.stdio[3] as NodeJS.WritableStream).end(command.seccomp);
    let out = "";
    let err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    child.on("error", (error) => reject(error));
    child.on("exit", (code) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out.trim().split("\n").pop() ?? ""));
      } catch {
        reject(new Error(`the sandbox did not start (exit ${code}): ${err.trim().split("\n").slice(-2).join(" ") || "no output"}`));
      }
    });
  });
}

/** What the probe must have seen for the sandbox to count as the boundary. */
function problemWith(report: ProbeReport): string | null {
  if (report.reachedServer) return "the runner could reach the host's loopback network";
  // bubblewrap sets PWD to the empty working folder; nothing else may be there.
  if (report.environment.some((name) => name !== "PWD")) return "the runner could see environment variables";
  if (report.uid === 0) return "the runner ran as root";
  if (report.writable) return "the runner could write files";
  if (report.spawned) return "the runner could start a child process";
  if (report.evaluated) return "the runner could generate code from strings";
  return null;
}

const cache = new Map<string, Promise<IsolationStatus>>();

export function probeIsolation(repoRoot: string): Promise<IsolationStatus> {
  let status = cache.get(repoRoot);
  if (!status) {
    status = runProbe(repoRoot).then(
      (report): IsolationStatus => {
        const problem = problemWith(report);
        return problem ? { level: "process", problem } : { level: "sandbox" };
      },
      (error: unknown): IsolationStatus => ({ level: "process", problem: error instanceof Error ? error.message : String(error) }),
    );
    cache.set(repoRoot, status);
  }
  return status;
}
