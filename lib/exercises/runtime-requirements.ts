// What the Python runtime at hand can do, measured by running Python in it,
// so content checks can skip (loudly) an exercise the runtime cannot host
// instead of failing it for the runtime's sake.
import type { PythonRuntime } from "../python-runtime/types";
import type { ExerciseMeta, RuntimeRequirement } from "./schema";

export interface RuntimeCapabilities {
  has: Set<RuntimeRequirement>;
  /** Versions that matter, e.g. "Pydantic 1.10.4". */
  description: string;
}

const PROBE = ["import pydantic", 'print(pydantic.VERSION, end="")'].join("\n");

export async function probeRuntime(runtime: Pick<PythonRuntime, "runProgram">): Promise<RuntimeCapabilities> {
  const result = await runtime.runProgram({ "probe_runtime.py": PROBE }, "probe_runtime.py", { timeoutMs: 30_000 });
  if (!result.ok) throw new Error(`could not probe the Python runtime: ${result.error?.message ?? result.stderr}`);
  const version = result.stdout.trim();
  const has = new Set<RuntimeRequirement>();
  if (Number.parseInt(version, 10) >= 2) has.add("pydantic-2");
  return { has, description: `Pydantic ${version}` };
}

/** The exercise's requirements the runtime lacks; empty when it can run. */
export function unmetRequirements(meta: Pick<ExerciseMeta, "requires">, capabilities: RuntimeCapabilities): RuntimeRequirement[] {
  return (meta.requires ?? []).filter((requirement) => !capabilities.has.has(requirement));
}
