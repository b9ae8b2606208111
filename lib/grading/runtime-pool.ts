// A warm pool of Python runtimes for server-side grading. Concurrency is
// bounded by the pool's size; requests beyond it wait in a bounded queue, and
// past that the caller gets PoolBusyError (routes answer 503 + Retry-After)
// instead of a slow or wrong verdict. When the instance stops (SIGTERM), the
// pool drains: tasks already running finish, queued and new ones are handed
// back with PoolBusyError (503 + Retry-After, so the learner's next try goes
// to another instance), and every runtime is disposed.
import type { PythonRuntime } from "../python-runtime/types";

// A registry symbol, not `instanceof`: Next bundles instrumentation and
// route handlers separately, so the pool (shared through globalThis) may throw
// an instance of another copy of this class.
const BUSY = Symbol.for("course.grading.PoolBusyError");

export class PoolBusyError extends Error {
  readonly [BUSY] = true;
  constructor(
    readonly retryAfterSeconds: number,
    message = "All graders are busy; try again shortly.",
  ) {
    super(message);
    this.name = "PoolBusyError";
  }
}

export function isPoolBusy(error: unknown): error is PoolBusyError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BUSY] === true;
}

export interface RuntimePoolOptions {
  size: number;
  /** Requests allowed to wait for a runtime. */
  maxQueue: number;
  /** How long a queued request waits before it is turned away. */
  queueTimeoutMs: number;
  createRuntime: () => PythonRuntime;
}

interface Waiter {
  resolve: (runtime: PythonRuntime) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Seconds a learner is asked to wait when this instance is stopping (the load balancer sends the retry elsewhere). */
const DRAINING_RETRY_AFTER_SECONDS = 2;
const DRAINING_MESSAGE = "This server is restarting; submit again in a moment.";

export class RuntimePool {
  private readonly idle: PythonRuntime[] = [];
  private readonly waiters: Waiter[] = [];
  private created = 0;
  private busy = 0;
  private booting = 0;
  private draining: { done: Promise<void>; settle: () => void; disposals: Promise<void>[] } | null = null;

  constructor(private readonly options: RuntimePoolOptions) {
    if (options.size < 1) throw new Error("RuntimePool: size must be at least 1");
  }

  get stats() {
    return { size: this.options.size, created: this.created, busy: this.busy, idle: this.idle.length, queued: this.waiters.length };
  }

  /** Every runtime has booted, so no submission waits for Python to start. */
  get isWarm(): boolean {
    return this.created === this.options.size && this.booting === 0 && !this.draining;
  }

  get isDraining(): boolean {
    return this.draining !== null;
  }

  /** Boots every runtime ahead of the first request. */
  async warm(): Promise<void> {
    const runtimes = await Promise.all(Array.from({ length: this.options.size - this.created }, () => this.acquire()));
    for (const runtime of runtimes) this.release(runtime);
  }

  /** Runs `task` with a runtime of its own, then returns the runtime to the pool. */
  async run<T>(task: (runtime: PythonRuntime) => Promise<T>): Promise<T> {
    const runtime = await this.acquire();
    try {
      return await task(runtime);
    } finally {
      this.release(runtime);
    }
  }

  private async acquire(): Promise<PythonRuntime> {
    if (this.draining) throw new PoolBusyError(DRAINING_RETRY_AFTER_SECONDS, DRAINING_MESSAGE);
    const idle = this.idle.pop();
    if (idle) {
      this.busy += 1;
      return idle;
    }
    if (this.created < this.options.size) {
      this.created += 1;
      this.busy += 1;
      this.booting += 1;
      const runtime = this.options.createRuntime();
      try {
        await runtime.boot();
        return runtime;
      } catch (error) {
        this.created -= 1;
        this.busy -= 1;
        this.settleDrainWhenIdle();
        throw error;
      } finally {
        this.booting -= 1;
      }
    }
    if (this.waiters.length >= this.options.maxQueue) throw new PoolBusyError(this.retryAfter());
    return new Promise<PythonRuntime>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new PoolBusyError(this.retryAfter()));
        }, this.options.queueTimeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  private release(runtime: PythonRuntime): void {
    if (this.draining) {
      this.busy -= 1;
      this.retire(runtime);
      this.settleDrainWhenIdle();
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.resolve(runtime);
      return;
    }
    this.busy -= 1;
    this.idle.push(runtime);
  }

  private retryAfter(): number {
    // About one grading run per queued request and runtime, at least 1 s.
    return Math.max(1, Math.ceil((this.waiters.length + 1) / this.options.size) * 2);
  }

  /**
   * Stops taking work: queued requests are handed back (PoolBusyError), new
   * ones are refused, and the returned promise settles once every running
   * task has finished and every runtime is disposed.
   */
  drain(): Promise<void> {
    if (this.draining) return this.draining.done;
    let settle!: () => void;
    const allIdle = new Promise<void>((resolve) => (settle = resolve));
    const disposals: Promise<void>[] = [];
    // Disposals are collected until the last task returns its runtime.
    const done = allIdle.then(() => Promise.all(disposals)).then(() => undefined);
    this.draining = { done, settle, disposals };
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new PoolBusyError(DRAINING_RETRY_AFTER_SECONDS, DRAINING_MESSAGE));
    }
    for (const runtime of this.idle.splice(0)) this.retire(runtime);
    this.settleDrainWhenIdle();
    return done;
  }

  private settleDrainWhenIdle(): void {
    if (this.busy === 0) this.draining?.settle();
  }

  private retire(runtime: PythonRuntime): void {
    this.created -= 1;
    this.draining?.disposals.push(runtime.dispose().catch((error: unknown) => console.error("grading runtime did not stop cleanly:", error)));
  }

  async dispose(): Promise<void> {
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error("the grading pool was shut down"));
    }
    await Promise.all(this.idle.splice(0).map((runtime) => runtime.dispose()));
  }
}
