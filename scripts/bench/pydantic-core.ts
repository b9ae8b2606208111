// Pydantic on the native (Rust) pydantic-core vs the pure-Python one
// (pure-pydantic-core/), same CPython 3.14 in the Debian forky chroot, only
// PYTHONPATH differs: pure-pydantic-core/tools/bench.py times each side, this
// section reports both and their ratio. The two sides take turns (rounds) and
// each figure is the best of its side's rounds, so that the load of a shared
// machine disturbs both alike. Skipped when the chroot is absent.
import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { BenchReport } from "./report";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tools = path.join(root, "pure-pydantic-core/tools");
const SECTION = "pydantic-core";

interface Side {
  core: string;
  python: string;
  [figure: string]: number | string;
}

const FIGURES: { key: string; unit: "us" | "ms"; target?: number; note: string }[] = [
  { key: "validate_python", unit: "us", target: 15, note: "Order.model_validate(dict): nested model, customer + address + 10 lines" },
  { key: "validate_json", unit: "us", target: 15, note: "Order.model_validate_json(text), the same data" },
  { key: "dump_python", unit: "us", note: "order.model_dump()" },
  { key: "dump_json", unit: "us", note: "order.model_dump_json()" },
  { key: "build_validator_20_fields", unit: "us", note: "SchemaValidator(model-fields schema of a 20-field model)" },
  { key: "import_pydantic_fastapi", unit: "ms", target: 2, note: "import pydantic; import fastapi, fresh interpreter (start-up excluded)" },
];

async function round(pure: boolean): Promise<Side> {
  const args = [...(pure ? ["--pure"] : []), "python3", "pure-pydantic-core/tools/bench.py", "--repeats", "3"];
  const { stdout } = await run(path.join(tools, "in-chroot.sh"), args, { cwd: root, timeout: 600_000, maxBuffer: 4 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as Side;
}

const best = (rounds: Side[], key: string) => Math.min(...rounds.map((r) => Number(r[key])));

export async function pydanticCore(ctx: { report: BenchReport; repeats: number; log: (line: string) => void }) {
  try {
    await run(path.join(tools, "forky-chroot.sh"), ["--check"]);
  } catch {
    ctx.report.add(SECTION, "skipped", "no Debian forky chroot at .cache/forky-chroot (pure-pydantic-core/tools/forky-chroot.sh builds it: root + debootstrap)");
    return;
  }
  const native: Side[] = [];
  const pure: Side[] = [];
  for (let i = 0; i < ctx.repeats; i += 1) {
    ctx.log(`pydantic-core: round ${i + 1} of ${ctx.repeats}, native core then pure-Python core (forky chroot)`);
    native.push(await round(false));
    pure.push(await round(true));
  }
  ctx.report.add(SECTION, "cpython", native[0].python, "",
    `pydantic 2.13.5, pydantic-core 2.46.5; best of ${ctx.repeats} alternating rounds per side (3 timings each); load average ${os.loadavg()[0].toFixed(1)}`);
  for (const figure of FIGURES) {
    const scale = figure.unit === "ms" ? 1000 : 1;
    const a = best(native, figure.key) / scale;
    const b = best(pure, figure.key) / scale;
    ctx.report.add(SECTION, `${figure.key}.native`, a, figure.unit, figure.note);
    ctx.report.add(SECTION, `${figure.key}.pure`, b, figure.unit);
    ctx.report.add(SECTION, `${figure.key}.ratio`, b / a, "x", figure.target ? `pure / native; target at most ${figure.target}x` : "pure / native");
  }
}
