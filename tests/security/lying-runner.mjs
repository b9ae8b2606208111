// Started in place of the Python runner by runner-channel.test.ts: a runner
// whose JavaScript is in hostile hands and lies on the channel. Which lie it
// tells comes from argv; it answers the boot honestly first.
import { binaryFrame, createFrameReader, jsonFrame } from "../../lib/python-runtime/node/frames.mjs";

const lie = process.argv[2];
const send = (bytes) => process.stdout.write(bytes);
const booted = { type: "booted", info: { python: "3.12.1", versions: {}, bootMs: 1 }, heapBytes: 1 };

const push = createFrameReader({
  limitFor: () => 2 ** 26,
  onFrame: (_kind, payload) => {
    const message = JSON.parse(payload.toString("utf8"));
    if (message.type === "boot") return send(jsonFrame(booted));
    if (message.type !== "run") return;
    if (lie === "snapshot-after-run") {
      const bytes = Buffer.from("poisoned interpreter");
      send(jsonFrame({ type: "snapshot-save", key: "0".repeat(32), size: bytes.length }));
      send(binaryFrame(bytes));
    } else if (lie === "unknown-shape") {
      send(jsonFrame({ type: "result", id: message.id, result: { verdict: "passed" } }));
    } else if (lie === "huge-frame") {
      const header = Buffer.alloc(5);
      header.writeUInt32LE(2 ** 31, 0);
      send(header);
    } else if (lie === "garbage") {
      send(Buffer.from("not a frame at all, just bytes\n"));
    } else if (lie === "output-flood") {
      for (let i = 0; i < 200; i += 1) send(jsonFrame({ type: "output", id: message.id, stream: "stdout", text: "x".repeat(10_000) }));
      send(jsonFrame({ type: "result", id: message.id, result: { error: null, stdout: "", stderr: "", truncated: false, durationMs: 1 }, heapBytes: 1 }));
    }
  },
  onError: () => process.exit(1),
});
process.stdin.on("data", push);
