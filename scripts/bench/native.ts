// The native baseline: host CPython running the same test files against the
// same package bundle, unpacked from public/python/site-packages.zip.
// Pydantic 2's core is a compiled extension and the bundle holds only its wasm
// build, which CPython cannot load; in that case an overlay puts the host's own
// native pydantic + pydantic-core first, and the result says so.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const cacheDir = path.join(root, ".cache/bench/native");

export interface NativeResult {
  python: string;
  pydantic: string;
  firstMs: number;
  warmMs: number;
  exitCodes: number[];
  /** What differs from the sandbox's packages, in words; null when nothing does. */
  difference: string | null;
}

async function unpackedBundle(): Promise<{ siteDir: string; hasWasmCore: boolean }> {
  const index = JSON.parse(await readFile(path.join(root, "public/python/index.json"), "utf8")) as { sha256: string; archive: string };
  const siteDir = path.join(cacheDir, `site-${index.sha256.slice(0, 16)}`);
  if (!existsSync(siteDir)) {
    await mkdir(siteDir, { recursive: true });
    await run("unzip", ["-q", "-o", path.join(root, "public/python", index.archive), "-d", siteDir]);
  }
  return { siteDir, hasWasmCore: existsSync(path.join(siteDir, "pydantic_core/_pydantic_core.cpython-312-wasm32-emscripten.so")) };
}

/** Links the host's native Pydantic 2 (and what it needs) into one directory. */
export async function hostPydanticOverlay(python: string): Promise<{ dir: string; description: string }> {
  const probe = await run(python, ["-c",
    "import json, pydantic, pydantic_core, typing_extensions, annotated_types, os\n" +
    "mods = [pydantic, pydantic_core, typing_extensions, annotated_types]\n" +
    "try:\n import typing_inspection; mods.append(typing_inspection)\nexcept ImportError: pass\n" +
    "print(json.dumps({'versions': [pydantic.VERSION, pydantic_core.__version__], 'paths': [m.__file__ for m in mods]}))"]);
  const { versions, paths } = JSON.parse(probe.stdout) as { versions: string[]; paths: string[] };
  const dir = path.join(cacheDir, `overlay-pydantic-${versions[0]}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const file of paths) {
    const target = path.basename(file) === "__init__.py" ? path.dirname(file) : file;
    await symlink(target, path.join(dir, path.basename(target)));
  }
  return {
    dir,
    description: `native side uses the host's pydantic ${versions[0]} + pydantic-core ${versions[1]} (compiled for x86_64) instead of the bundle's pydantic 2.10.6 + wasm pydantic-core 2.27.2, which CPython cannot load; everything else is the bundle`,
  };
}

export async function runNativePytest(fixtureDir: string, repeats: number, python = "python3"): Promise<NativeResult> {
  const { siteDir, hasWasmCore } = await unpackedBundle();
  const overlay = hasWasmCore ? await hostPydanticOverlay(python) : null;
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-native-"));
  try {
    await cp(fixtureDir, work, { recursive: true });
    const { stdout } = await run(python, ["-S", path.join(import.meta.dirname, "native_pytest.py"), siteDir, overlay?.dir ?? "", work, String(repeats)], {
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as Omit<NativeResult, "difference">;
    const versionNote = `host CPython ${result.python} vs Pyodide's 3.12.1`;
    return { ...result, difference: overlay ? `${overlay.description}; ${versionNote}` : `same bundle; ${versionNote}` };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

