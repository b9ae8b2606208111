// Started inside the runner's sandbox by ./isolation.ts, before any runner,
// to see what the sandbox actually gives on this host. Prints one JSON line.
// Its argument is a loopback port on which the server listens for it.
import { writeFileSync } from "node:fs";
import net from "node:net";

const port = Number(process.argv[2]);
const reachedServer = await new Promise((resolve) => {
  try {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  } catch {
    resolve(false);
  }
});

let writable = false;
try {
  writeFileSync("/runner/probe", "x");
  writable = true;
} catch {
  // expected: the root is read-only
}
let spawned = false;
try {
  const { spawnSync } = await import("node:child_process");
  spawned = !spawnSync(process.execPath, ["-e", "0"]).error;
} catch {
  // expected: child processes are denied
}
let evaluated = false;
try {
  evaluated = new Function("return 1")() === 1;
} catch {
  // expected: no code generation from strings
}

process.stdout.write(
  JSON.stringify({
    uid: process.getuid?.() ?? -1,
    reachedServer,
    environment: Object.keys(process.env),
    writable,
    spawned,
    evaluated,
  }) + "\n",
);
