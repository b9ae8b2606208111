// The native baseline: CPython 3.14 in the Debian forky chroot (the one the
// pure pydantic-core is compared against, pure-pydantic-core/tools/), running
// the same files against the container's own package bundle, unpacked from
// public/python/site-packages.zip.gz. The one difference: the chroot's native
// (Rust) pydantic-core 2.46.5 comes first on sys.path, in place of the bundle's
// pure-Python core, so "native" means what a learner's own machine runs.
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cp, lstat, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipBundle, unpackZip } from "../../lib/python-runtime/worker/unzip.mjs";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tools = path.join(root, "pure-pydantic-core/tools");
const cacheDir = path.join(root, ".cache/bench/native");
/** Where Debian's python3-pydantic-core puts the compiled core, inside the chroot. */
const CHROOT_NATIVE_CORE = "/usr/lib/python3/dist-packages/pydantic_core";

export const NATIVE_DESCRIPTION =
  "CPython 3.14 in the Debian forky chroot with the native pydantic-core 2.46.5; every other package is the container's bundle";

export interface NativeResult {
  python: string;
  firstMs: number;
  warmMs: number;
  exitCodes: number[];
}

/** Null when the chroot exists, else why the native side cannot run. */
export async function nativeUnavailable(): Promise<string | null> {
  try {
    await run(path.join(tools, "forky-chroot.sh"), ["--check"]);
    return null;
  } catch {
    return "no Debian forky chroot at .cache/forky-chroot (pure-pydantic-core/tools/forky-chroot.sh builds it: root + debootstrap)";
  }
}

async function nativePath(): Promise<string[]> {
  const index = JSON.parse(await readFile(path.join(root, "public/python/index.json"), "utf8")) as { sha256: string; archive: string };
  const siteDir = path.join(cacheDir, `site-${index.sha256.slice(0, 16)}`);
  if (!existsSync(siteDir)) {
    const zip = await gunzipBundle(new Uint8Array(await readFile(path.join(root, "public/python", index.archive))));
    await unpackZip(zip, siteDir, {
      mkdirTree: (dir) => mkdirSync(dir, { recursive: true }),
      writeFile: (file, data) => writeFileSync(file, data),
    });
  }
  // A symlink resolved inside the chroot: the native core shadows the bundle's pure one.
  const overlay = path.join(cacheDir, "native-core-overlay");
  const link = path.join(overlay, "pydantic_core");
  // existsSync follows the link, whose target exists only inside the chroot.
  if (!(await lstat(link).catch(() => null))) {
    await mkdir(overlay, { recursive: true });
    await symlink(CHROOT_NATIVE_CORE, link);
  }
  return [overlay, siteDir];
}

/**
 * Runs `python3 -S <script> <args>` in the chroot with the bundle on sys.path; returns its last stdout line as JSON.
 * `onStderr` receives the script's stderr as it comes (progress of long runs); without it stderr is kept for the error.
 */
export async function inChroot<T>(script: string, args: string[], binds: string[] = [], onStderr?: (text: string) => void): Promise<T> {
  const sysPath = await nativePath();
  const child = spawn(
    path.join(tools, "in-chroot.sh"),
    [...binds.flatMap((dir) => ["--bind", dir]), "python3", "-S", path.join(import.meta.dirname, "native_run.py"), JSON.stringify(sysPath), script, ...args],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (onStderr ? onStderr(text) : (stderr += text)));
  // A backstop for a script that hangs; long runs bound their own steps (fidelity's per-file timeout).
  const backstop = setTimeout(() => child.kill("SIGKILL"), 3_600_000);
  const code = await new Promise<number | null>((resolve, reject) => child.on("error", reject).on("close", resolve)).finally(() => clearTimeout(backstop));
  if (code !== 0) throw new Error(`${path.basename(script)} in the chroot exited with ${code}: ${stderr.trim().split("\n").slice(-5).join("\n")}`);
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as T;
}

export async function runNativePytest(fixtureDir: string, repeats: number): Promise<NativeResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-native-"));
  try {
    await cp(fixtureDir, work, { recursive: true });
    return await inChroot<NativeResult>(path.join(import.meta.dirname, "native_pytest.py"), [work, String(repeats)], [work]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Runs one of the bench's Python scripts (bench_*.py) natively. */
export function runNativeScript<T>(script: string): Promise<T> {
  return inChroot<T>(script, []);
}
