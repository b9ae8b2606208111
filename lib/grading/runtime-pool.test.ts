// The pool's scheduling, with a runtime double that only counts and waits:
// what is tested here is queueing, not Python (the content tests use the real one).
import { describe, expect, it } from "vitest";
import type { PythonRuntime } from "../python-runtime/types";
import { PoolBusyError, RuntimePool, isPoolBusy } from "./runtime-pool";

function countingRuntime(log: string[]): PythonRuntime {
  const id = log.filter((l) => l.startsWith("boot")).length;
  return {
    boot: async () => void log.push(`boot ${id}`),
    dispose: async () => void log.push(`dispose ${id}`),
  } as unknown as PythonRuntime;
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe("RuntimePool", () => {
  it("never runs more tasks at once than its size, and queues the rest in order", async () => {
    const log: string[] = [];
    const pool = new RuntimePool({ size: 2, maxQueue: 10, queueTimeoutMs: 5000, createRuntime: () => countingRuntime(log) });
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const gates = Array.from({ length: 5 }, deferred);
    const tasks = gates.map((gate, i) =>
      pool.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        order.push(i);
        await gate.promise;
        running -= 1;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(pool.stats).toMatchObject({ created: 2, busy: 2, queued: 3 });
    gates.forEach((g) => g.resolve());
    await Promise.all(tasks);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(log.filter((l) => l.startsWith("boot"))).toHaveLength(2);
    expect(pool.stats).toMatchObject({ busy: 0, idle: 2, queued: 0 });
  });

  it("turns requests away when the queue is full", async () => {
    const pool = new RuntimePool({ size: 1, maxQueue: 1, queueTimeoutMs: 5000, createRuntime: () => countingRuntime([]) });
    const gate = deferred();
    const first = pool.run(() => gate.promise);
    await new Promise((r) => setTimeout(r, 5));
    const second = pool.run(async () => "second");
    const third = pool.run(async () => "third");
    await expect(third).rejects.toBeInstanceOf(PoolBusyError);
    await expect(third).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(isPoolBusy(await third.catch((e: unknown) => e))).toBe(true);
    expect(isPoolBusy(new Error("other"))).toBe(false);
    gate.resolve();
    await first;
    await expect(second).resolves.toBe("second");
  });

  it("turns a queued request away after the queue timeout", async () => {
    const pool = new RuntimePool({ size: 1, maxQueue: 5, queueTimeoutMs: 20, createRuntime: () => countingRuntime([]) });
    const gate = deferred();
    const first = pool.run(() => gate.promise);
    await expect(pool.run(async () => "late")).rejects.toBeInstanceOf(PoolBusyError);
    gate.resolve();
    await first;
    expect(pool.stats.queued).toBe(0);
  });

  it("returns the runtime to the pool when a task throws", async () => {
    const pool = new RuntimePool({ size: 1, maxQueue: 0, queueTimeoutMs: 20, createRuntime: () => countingRuntime([]) });
    await expect(pool.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(pool.run(async () => "ok")).resolves.toBe("ok");
  });
});

describe("RuntimePool when the instance stops", () => {
  it("is warm once every runtime has booted", async () => {
    const pool = new RuntimePool({ size: 2, maxQueue: 5, queueTimeoutMs: 5000, createRuntime: () => countingRuntime([]) });
    expect(pool.isWarm).toBe(false);
    const warming = pool.warm();
    expect(pool.isWarm).toBe(false);
    await warming;
    expect(pool.isWarm).toBe(true);
  });

  it("finishes the tasks running, hands back the queued and refuses new ones, then disposes every runtime", async () => {
    const log: string[] = [];
    const pool = new RuntimePool({ size: 2, maxQueue: 5, queueTimeoutMs: 5000, createRuntime: () => countingRuntime(log) });
    const gates = [deferred(), deferred()];
    const running = gates.map((gate, i) => pool.run(async () => (await gate.promise, `graded ${i}`)));
    await new Promise((r) => setTimeout(r, 5));
    const queued = pool.run(async () => "queued");
    expect(pool.stats).toMatchObject({ busy: 2, queued: 1 });

    let drained = false;
    const draining = pool.drain().then(() => (drained = true));
    expect(pool.isDraining).toBe(true);
    expect(pool.isWarm).toBe(false);
    const handedBack = await queued.catch((e: unknown) => e);
    expect(isPoolBusy(handedBack)).toBe(true);
    expect(handedBack).toMatchObject({ retryAfterSeconds: expect.any(Number), message: expect.stringMatching(/restarting/) });
    await expect(pool.run(async () => "new")).rejects.toBeInstanceOf(PoolBusyError);

    gates[0].resolve();
    await expect(running[0]).resolves.toBe("graded 0");
    await new Promise((r) => setTimeout(r, 5));
    expect(drained).toBe(false); // one task is still grading
    gates[1].resolve();
    await expect(running[1]).resolves.toBe("graded 1");
    await draining;
    expect(log.filter((l) => l.startsWith("dispose"))).toHaveLength(2);
    expect(pool.stats).toMatchObject({ created: 0, busy: 0, idle: 0, queued: 0 });
  });

  it("drains at once when nothing is running, disposing the idle runtimes", async () => {
    const log: string[] = [];
    const pool = new RuntimePool({ size: 2, maxQueue: 5, queueTimeoutMs: 5000, createRuntime: () => countingRuntime(log) });
    await pool.warm();
    await pool.drain();
    expect(log.filter((l) => l.startsWith("dispose"))).toHaveLength(2);
    await expect(pool.drain()).resolves.toBeUndefined();
  });
});
