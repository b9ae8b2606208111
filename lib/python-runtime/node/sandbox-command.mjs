// How a Python runner process is started: the command line that wraps
// node + runner.mjs in the operating system's isolation. Layers, outermost
// first:
//   prlimit     memory (RLIMIT_DATA: wasm and JavaScript heaps alike), CPU
//               seconds, open files, processes, no core dumps, no file writes;
//   bubblewrap  new network, PID, IPC and UTS namespaces (no network at all:
//               not even the host's loopback), an empty read-only root with
//               only node, its libraries and the runtime's own files bound
//               read-only, an empty working folder, an empty environment;
//   seccomp     no fork or child process, no ptrace, mount, namespaces,
//               io_uring, non-Unix sockets (./seccomp.mjs);
//   setpriv     as root: the runner runs as nobody (65534), no capabilities;
//   node        its permission model (reads only of the bound files, no
//               child processes, workers or addons) and no code generation
//               from strings, so a route to `Function` builds nothing.
// Without bubblewrap (or where the kernel refuses its namespaces) the same
// runner starts with prlimit, setpriv and Node's permission model only; the
// caller decides whether that is acceptable (see ./isolation.ts).
import { spawnSync } from "node:child_process";
import { accessSync, constants, lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
import { runnerSeccompFilter } from "./seccomp.mjs";

const NOBODY = 65534;

/**
 * @typedef {{
 *   memoryLimitBytes: number;
 *   cpuSeconds?: number;
 * }} RunnerLimits
 * @typedef {{
 *   runnerFile: string;
 *   runnerArgs: string[];
 *   readOnlyPaths: string[];
 *   limits: RunnerLimits;
 *   isolated: boolean;
 *   nodeGuards?: boolean;
 * }} RunnerSpec
 * @typedef {{
 *   command: string;
 *   args: string[];
 *   seccomp: Buffer | null;
 *   uid?: number;
 *   gid?: number;
 * }} RunnerCommand
 */

/** @param {string} name @returns {string | null} */
export function findExecutable(name) {
  for (const dir of (process.env.PATH ?? "/usr/bin:/bin").split(path.delimiter)) {
    // The ignore comments keep Next's file tracing out of these host paths: it
    // would otherwise trace the whole checkout (an empty PATH entry is ".")
    // and fail on links that leave it, e.g. in the pydantic-core test chroot.
    const file = path.join(/*turbopackIgnore: true*/ dir || ".", name);
    try {
      accessSync(/*turbopackIgnore: true*/ file, constants.X_OK);
      return realpathSync(/*turbopackIgnore: true*/ file);
    } catch {
      // not here
    }
  }
  return null;
}

const isRoot = () => process.getuid?.() === 0;

/** @type {Map<string, { file: string; at: string }[]>} */
const libraryCache = new Map();

/**
 * The shared libraries a binary loads, each as the real file and the path
 * the dynamic loader asks for (with merged-/usr symlinks resolved), found by
 * the loader itself (LD_TRACE_LOADED_OBJECTS, what ldd does).
 * @param {string} binary
 */
export function sharedLibraries(binary) {
  const cached = libraryCache.get(binary);
  if (cached) return cached;
  const trace = spawnSync(binary, [], { env: { LD_TRACE_LOADED_OBJECTS: "1" }, encoding: "utf8", timeout: 10_000 });
  /** @type {{ file: string; at: string }[]} */
  const libraries = [];
  for (const line of (trace.stdout ?? "").split("\n")) {
    const match = /(?:=>\s*)?(\/\S+)\s+\(0x/.exec(line);
    if (!match) continue;
    const asked = match[1];
    try {
      libraries.push({ file: realpathSync(asked), at: path.join(realpathSync(path.dirname(asked)), path.basename(asked)) });
    } catch {
      // a library the loader listed but that is not there: node would not start either
    }
  }
  libraryCache.set(binary, libraries);
  return libraries;
}

/** Top-level folders that are symlinks on this host (merged /usr: /lib -> usr/lib). */
function topLevelSymlinks() {
  /** @type {[string, string][]} */
  const links = [];
  for (const name of ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"]) {
    try {
      if (lstatSync(name).isSymbolicLink()) links.push([readlinkSync(name), name]);
    } catch {
      // absent on this host
    }
  }
  return links;
}

/** Every folder above the given paths, parents first. @param {string[]} paths */
function ancestors(paths) {
  const dirs = new Set();
  for (const p of paths) {
    for (let dir = path.dirname(p); dir !== path.dirname(dir); dir = path.dirname(dir)) dirs.add(dir);
  }
  return [...dirs].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
}

/** The flag that turns Node's permission model on (renamed in Node 22.13 / 23.5). */
function permissionFlag() {
  return process.allowedNodeEnvironmentFlags.has("--permission") ? "--permission" : "--experimental-permission";
}

/**
 * The node command line inside whatever wraps it. `nodeGuards: false` drops
 * Node's own layers, so tests can show the operating system's hold alone.
 * @param {RunnerSpec} spec
 */
function nodeArgs(spec) {
  if (spec.nodeGuards === false) return [spec.runnerFile, ...spec.runnerArgs];
  return [
    permissionFlag(),
    ...spec.readOnlyPaths.map((p) => `--allow-fs-read=${p}`),
    "--disallow-code-generation-from-strings",
    // A runner lives for one submission (or a few runs): V8's optimizing
    // wasm tier would spend more CPU compiling than it saves (measured: boot
    // and first run take about half the CPU with the baseline tier only).
    "--liftoff-only",
    "--no-warnings",
    spec.runnerFile,
    ...spec.runnerArgs,
  ];
}

/** @param {RunnerLimits} limits */
function prlimitArgs(limits) {
  // The wasm heap may reach the limit; node, V8 and Pyodide's own code need
  // about half a gigabyte more.
  const data = limits.memoryLimitBytes + 768 * 2 ** 20;
  return [
    `--data=${data}`,
    // A backstop, not the time limit (each run has its own timeout and a
    // runaway run replaces its runner). It counts every thread's CPU over the
    // runner's whole life, and a runner that serves many runs (content
    // checks, a shared grading runner) passed 600 s on a 2-core machine and
    // was killed mid-run; soft and hard limits are equal, so it is SIGKILL.
    `--cpu=${limits.cpuSeconds ?? 3600}`,
    "--nofile=512",
    "--nproc=1024",
    "--core=0",
    "--fsize=0",
  ];
}

/**
 * @param {RunnerSpec} spec
 * @returns {RunnerCommand}
 */
export function runnerCommand(spec) {
  const prlimit = findExecutable("prlimit");
  if (!prlimit) throw new Error("prlimit (util-linux) is not installed");
  const node = realpathSync(process.execPath);
  const root = isRoot();
  const setpriv = root ? findExecutable("setpriv") : null;
  if (root && !setpriv) throw new Error("setpriv (util-linux) is not installed: the runner cannot drop root");
  const dropRoot = setpriv
    ? [setpriv, `--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--"]
    : [];

  if (!spec.isolated) {
    return { command: prlimit, args: [...prlimitArgs(spec.limits), "--", ...dropRoot, node, ...nodeArgs(spec)], seccomp: null };
  }

  const bwrap = findExecutable("bwrap");
  if (!bwrap) throw new Error("bubblewrap is not installed (apt-get install bubblewrap)");
  const seccomp = runnerSeccompFilter();
  const binaries = [node, ...(setpriv ? [setpriv] : [])];
  /** @type {[string, string][]} */
  const mounts = [];
  for (const binary of binaries) {
    mounts.push([binary, binary]);
    for (const library of sharedLibraries(binary)) mounts.push([library.file, library.at]);
  }
  for (const dir of spec.readOnlyPaths) mounts.push([dir, dir]);
  const unique = [...new Map(mounts.map((mount) => [mount[1], mount])).values()];
  const binds = [];
  for (const [target, link] of topLevelSymlinks()) binds.push("--symlink", target, link);
  // Folders bubblewrap creates on the way to a mount point would be private
  // to root (0700); nobody must be able to walk through them.
  for (const dir of ancestors(unique.map(([, at]) => at))) binds.push("--perms", "0755", "--dir", dir);
  for (const [file, at] of unique) binds.push("--ro-bind", file, at);

  // As root, bubblewrap sets up the namespaces itself and setpriv then drops
  // to nobody: a user namespace would map nobody back to root outside.
  // Otherwise an unprivileged user namespace does the work.
  const namespaces = root
    ? ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    : ["--unshare-all"];

  const args = [
    ...prlimitArgs(spec.limits),
    "--",
    bwrap,
    ...namespaces,
    "--die-with-parent",
    "--new-session",
    "--clearenv",
    ...binds,
    "--proc", "/proc",
    "--dev", "/dev",
    "--remount-ro", "/dev",
    "--dir", "/runner",
    "--chdir", "/runner",
    "--remount-ro", "/",
    ...(seccomp ? ["--seccomp", "3"] : []),
    ...dropRoot,
    node,
    ...nodeArgs(spec),
  ];
  return { command: prlimit, args, seccomp };
}
