// Starts a throwaway PostgreSQL server from Debian's packages on loopback,
// for the PostgreSQL half of the test suite and for writing migrations.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

/** Directory of PostgreSQL's server binaries, or null when none is installed. */
export function findPostgresBin() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin/pg_ctl"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

/** PostgreSQL refuses to run as root; run its tools as the `postgres` user then. */
function asServerUser(command, args) {
  if (process.getuid?.() !== 0) return [command, args];
  return ["runuser", ["-u", "postgres", "--", command, ...args]];
}

function run(command, args) {
  const [cmd, argv] = asServerUser(command, args);
  const result = spawnSync(cmd, argv, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/**
 * Starts a server with one database `course` and returns its URL and a stop
 * function. Returns null (with the reason) when PostgreSQL is not installed.
 */
export async function startPostgres() {
  const bin = findPostgresBin();
  if (!bin) return { server: null, reason: "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" };
  const dir = mkdtempSync(path.join(os.tmpdir(), "course-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const port = await freePort();
  run(path.join(bin, "initdb"), ["-D", data, "-U", "course", "--auth=trust", "-E", "UTF8", "--locale=C"]);
  run(path.join(bin, "pg_ctl"), [
    "-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "60",
    "-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`,
    "start",
  ]);
  run(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "course", "course"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      if (statSync(dir, { throwIfNoEntry: false })) rmSync(dir, { recursive: true, force: true });
    }
  };
  return { server: { url: `postgresql://course@127.0.0.1:${port}/course`, port, stop }, reason: null };
}
