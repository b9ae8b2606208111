// Started in place of the Python runner, inside the same sandbox, by the
// sandbox attack tests: JavaScript with full control of the runner process
// (what learner code would have after a complete escape from Python) tries
// everything the sandbox must stop, and prints one JSON report.
//   node hostile-runner.mjs '<json: { files, writes, ports, allocateMb, spin }>'
import { readFileSync, writeFileSync } from "node:fs";
import net from "node:net";

const plan = JSON.parse(process.argv[2] ?? "{}");
const outcome = (fn) => {
  try {
    const value = fn();
    return { ok: true, value: typeof value === "string" ? value.slice(0, 200) : value };
  } catch (error) {
    return { ok: false, error: error?.code ?? error?.message ?? String(error) };
  }
};

if (plan.spin) for (;;);

const report = { uid: process.getuid?.(), environment: { ...process.env } };

report.reads = Object.fromEntries((plan.files ?? []).map((file) => [file, outcome(() => readFileSync(file, "utf8"))]));
report.writes = Object.fromEntries((plan.writes ?? []).map((file) => [file, outcome(() => writeFileSync(file, "pwned"))]));

const childProcess = await import("node:child_process").catch((error) => ({ error }));
report.spawnNode = outcome(() => {
  const result = childProcess.spawnSync(process.execPath, ["-e", "process.stdout.write('child ran')"]);
  if (result.error) throw result.error;
  return result.stdout.toString();
});
report.shell = outcome(() => childProcess.execSync("echo shell ran").toString());
// Many children at once: a fork bomb must not get even one.
report.forkBomb = outcome(() => {
  let started = 0;
  for (let i = 0; i < 50; i += 1) {
    const child = childProcess.spawn(process.execPath, ["-e", "setTimeout(() => {}, 5000)"]);
    child.on("error", () => {});
    if (child.pid) started += 1;
  }
  return started;
});
report.nativeBinding = outcome(() => typeof process.binding("spawn_sync").spawn);
report.evaluate = outcome(() => new Function("return 42")());

report.connections = {};
for (const port of plan.ports ?? []) {
  report.connections[port] = await new Promise((resolve) => {
    try {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve({ ok: true });
      });
      socket.on("error", (error) => resolve({ ok: false, error: error.code }));
    } catch (error) {
      resolve({ ok: false, error: error?.code ?? String(error) });
    }
  });
}

report.diskFill = outcome(() => {
  const chunk = Buffer.alloc(1 << 20, 120);
  for (let i = 0; i < 64; i += 1) writeFileSync(`/dev/shm/fill-${i}`, chunk);
  return "wrote 64 MB";
});

if (plan.allocateMb) {
  const kept = [];
  let allocated = 0;
  report.memory = outcome(() => {
    for (; allocated < plan.allocateMb; allocated += 64) kept.push(new Uint8Array(64 * 2 ** 20).fill(1));
    return allocated;
  });
  report.allocatedMb = allocated;
}

process.stdout.write(JSON.stringify(report) + "\n");
process.exit(0);
