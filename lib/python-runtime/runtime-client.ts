// The PythonRuntime facade over one worker (a sandboxed runner process or a Web Worker).
// It serialises operations, enforces the wall-clock and memory limits, and
// replaces the worker whenever its interpreter can no longer be trusted.
import type { BootConfig, BootInfo, HarnessResult, OperationName, WorkerChannel, WorkerMessage } from "./protocol";
import {
  cancelledError, crashError, fatalError, memoryError, timeoutError, toAppCallResult, toRunResult, toTestReport,
  type PartialOutput,
} from "./results";
import type {
  AppCallResult, BootProgress, HttpRequest, OperationOptions, PythonError, PythonRuntime, RunResult, SourceFiles, TestReport, TestRunOptions,
} from "./types";

export interface RuntimeLimits {
  /** Wall-clock limit per operation (default 5000 ms). */
  timeoutMs?: number;
  /** Cap on stdout + stderr per operation, in UTF-8 bytes (default 256 KiB). */
  outputLimitBytes?: number;
  /** Wasm heap size at which running code gets a MemoryError and the worker is then replaced (default 512 MiB). */
  memoryLimitBytes?: number;
  /** How long cancel waits for KeyboardInterrupt before terminating the worker (default 500 ms). */
  cancelGraceMs?: number;
}

export interface WorkerRuntimeOptions extends RuntimeLimits {
  spawn: () => WorkerChannel;
  /** Use a SharedArrayBuffer interrupt for cancel (needs crossOriginIsolated in browsers). */
  interrupts: boolean;
  bootTimeoutMs?: number;
  warmUp?: boolean;
  /** Extra boot settings for a particular worker (e.g. the browser's asset URL). */
  bootConfig?: Partial<BootConfig>;
  /**
   * Replace the worker after every operation (the next one boots in the
   * background), so no run can see or change what another left behind in
   * the interpreter or in the worker's JavaScript.
   */
  replaceAfterEachRun?: boolean;
}

export const DEFAULT_LIMITS = { timeoutMs: 5000, outputLimitBytes: 256 * 1024, memoryLimitBytes: 512 * 2 ** 20 } as const;

type Shape<T> = (result: HarnessResult | PartialOutput, error: PythonError | null) => T;

interface ActiveOperation {
  id: number;
  channel: WorkerChannel;
  onMessage(message: WorkerMessage): void;
  onDeath(error: Error): void;
  cancel(): void;
}

export class WorkerRuntime implements PythonRuntime {
  private readonly options: Required<Omit<WorkerRuntimeOptions, "spawn" | "bootConfig">> & Pick<WorkerRuntimeOptions, "spawn" | "bootConfig">;
  private channel: WorkerChannel | null = null;
  private booting: Promise<BootInfo> | null = null;
  private interruptView: Int32Array | null = null;
  private readonly progressListeners = new Set<(progress: BootProgress) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private active: ActiveOperation | null = null;
  private nextId = 1;
  private cancelRequests = 0;
  private disposed = false;
  /** What the last successful boot reported (versions, timings, heap). */
  bootInfo: (BootInfo & { heapBytes: number }) | null = null;
  /** How many workers were started, the first included. */
  spawnCount = 0;

  constructor(options: WorkerRuntimeOptions) {
    this.options = {
      timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
      outputLimitBytes: options.outputLimitBytes ?? DEFAULT_LIMITS.outputLimitBytes,
      memoryLimitBytes: options.memoryLimitBytes ?? DEFAULT_LIMITS.memoryLimitBytes,
      bootTimeoutMs: options.bootTimeoutMs ?? 120_000,
      cancelGraceMs: options.cancelGraceMs ?? 500,
      warmUp: options.warmUp ?? true,
      interrupts: options.interrupts,
      replaceAfterEachRun: options.replaceAfterEachRun ?? false,
      spawn: options.spawn,
      bootConfig: options.bootConfig,
    };
  }

  async boot(onProgress?: (progress: BootProgress) => void): Promise<void> {
    if (onProgress) this.progressListeners.add(onProgress);
    try {
      await this.ensureBooted();
    } finally {
      if (onProgress) this.progressListeners.delete(onProgress);
    }
  }

  runProgram(files: SourceFiles, entry: string, options: OperationOptions = {}): Promise<RunResult> {
    return this.execute("runProgram", { files, entry }, options, toRunResult);
  }

  runTests(files: SourceFiles, tests: SourceFiles, options: TestRunOptions = {}): Promise<TestReport> {
    const { select, keyword, ...operation } = options;
    return this.execute("runTests", { files, tests, select: select ?? null, keyword: keyword ?? null }, operation, toTestReport);
  }

  callApp(files: SourceFiles, entry: string, request: HttpRequest, options: OperationOptions = {}): Promise<AppCallResult> {
    return this.execute("callApp", { files, entry, request }, options, toAppCallResult);
  }

  openApi(files: SourceFiles, entry: string, options: OperationOptions = {}): Promise<AppCallResult> {
    return this.execute("openApi", { files, entry }, options, toAppCallResult);
  }

  cancel(): void {
    // Operations still waiting (for boot, or behind this one) are dropped too:
    // whoever pressed stop does not expect them to start afterwards.
    this.cancelRequests += 1;
    this.active?.cancel();
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.active?.onDeath(new Error("runtime disposed"));
    this.channel?.terminate();
    this.channel = null;
    this.booting = null;
  }

  private ensureBooted(): Promise<BootInfo> {
    if (this.disposed) return Promise.reject(new Error("the Python runtime was disposed"));
    this.booting ??= this.spawnAndBoot();
    return this.booting;
  }

  private spawnAndBoot(): Promise<BootInfo> {
    const channel = this.options.spawn();
    this.channel = channel;
    this.spawnCount += 1;
    const canInterrupt = this.options.interrupts && typeof SharedArrayBuffer !== "undefined";
    const interruptBuffer = canInterrupt ? new SharedArrayBuffer(4) : undefined;
    this.interruptView = interruptBuffer ? new Int32Array(interruptBuffer) : null;

    const booted = new Promise<BootInfo>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`Python did not start within ${this.options.bootTimeoutMs} ms`)), this.options.bootTimeoutMs);
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.discard(channel);
        reject(error);
      };
      channel.onMessage((message) => {
        if (channel !== this.channel) return;
        if (message.type === "boot-progress") {
          for (const listener of this.progressListeners) listener(message.progress);
        } else if (message.type === "booted") {
          settled = true;
          clearTimeout(timer);
          this.bootInfo = { ...message.info, heapBytes: message.heapBytes };
          resolve(message.info);
        } else if (message.type === "boot-failed") {
          fail(new Error(message.message));
        } else if (this.active && this.active.channel === channel) {
          this.active.onMessage(message);
        }
      });
      channel.onError((error) => {
        if (channel !== this.channel) return;
        if (!settled) fail(error);
        else {
          this.active?.onDeath(error);
          this.discard(channel);
        }
      });
    });
    channel.post({
      type: "boot",
      config: {
        ...this.options.bootConfig,
        outputLimitBytes: this.options.outputLimitBytes,
        memoryLimitBytes: this.options.memoryLimitBytes,
        interruptBuffer,
        warmUp: this.options.warmUp,
      },
    });
    return booted;
  }

  /** Forgets a worker; the next operation (or `respawn`) starts a new one. */
  private discard(channel: WorkerChannel) {
    channel.terminate();
    if (this.channel === channel) {
      this.channel = null;
      this.booting = null;
    }
  }

  /** Replaces the worker now and boots its successor in the background. */
  private respawn(channel: WorkerChannel) {
    this.discard(channel);
    if (!this.disposed) this.ensureBooted().catch(() => undefined);
  }

  private execute<T>(op: OperationName, payload: unknown, options: OperationOptions, shape: Shape<T>): Promise<T> {
    const cancelRequestsAtCall = this.cancelRequests;
    const start = () => this.startOperation(op, payload, options, shape, cancelRequestsAtCall);
    const result = this.queue.then(start, start);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async startOperation<T>(
    op: OperationName, payload: unknown, options: OperationOptions, shape: Shape<T>, cancelRequestsAtCall: number,
  ): Promise<T> {
    const empty: PartialOutput = { stdout: "", stderr: "", truncated: false, durationMs: 0 };
    const cancelledBeforeStart = () => options.signal?.aborted || this.cancelRequests !== cancelRequestsAtCall;
    if (cancelledBeforeStart()) return shape(empty, cancelledError());
    try {
      await this.ensureBooted();
    } catch (error) {
      return shape(empty, crashError(`Python could not start: ${error instanceof Error ? error.message : String(error)}`));
    }
    if (cancelledBeforeStart()) return shape(empty, cancelledError());
    const channel = this.channel;
    if (!channel) return shape(empty, crashError("the worker is gone"));

    return new Promise<T>((resolve) => {
      const id = this.nextId++;
      const started = performance.now();
      const partial = { stdout: "", stderr: "", truncated: false };
      let outputBytes = 0;
      const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
      let cancelRequested = false;
      let graceTimer: ReturnType<typeof setTimeout> | undefined;
      const elapsed = () => Math.round((performance.now() - started) * 10) / 10;

      const finish = (result: HarnessResult | PartialOutput, error: PythonError | null) => {
        clearTimeout(timer);
        clearTimeout(graceTimer);
        options.signal?.removeEventListener("abort", onAbort);
        if (this.active?.id === id) this.active = null;
        if (this.options.replaceAfterEachRun && this.channel === channel) this.respawn(channel);
        resolve(shape({ ...result, durationMs: elapsed() }, error));
      };
      const stopHard = (error: PythonError) => {
        this.respawn(channel);
        finish({ ...partial, durationMs: 0 }, error);
      };
      // An endless loop may ignore KeyboardInterrupt (a bare `except:`), so a
      // timeout always replaces the worker rather than trusting the interrupt.
      const timer = setTimeout(() => stopHard(timeoutError(timeoutMs)), timeoutMs);
      // One operation's signal stops that operation only.
      const onAbort = () => {
        if (this.active?.id === id) this.active.cancel();
      };
      options.signal?.addEventListener("abort", onAbort);

      this.active = {
        id,
        channel,
        onMessage: (message) => {
          if (!("id" in message) || message.id !== id) return;
          if (message.type === "output") {
            // The harness caps output; this cap holds even if the worker does not.
            outputBytes += message.text.length;
            if (outputBytes > this.options.outputLimitBytes) {
              partial.truncated = true;
              return;
            }
            partial[message.stream] += message.text;
            (message.stream === "stdout" ? options.onStdout : options.onStderr)?.(message.text);
          } else if (message.type === "fatal") {
            stopHard(cancelRequested ? cancelledError() : fatalError(message.message, this.options.memoryLimitBytes));
          } else if (message.type === "result") {
            const { result, heapBytes } = message;
            if (cancelRequested) return finish(result, cancelledError());
            if (heapBytes > this.options.memoryLimitBytes) {
              this.respawn(channel);
              return finish(result, { ...memoryError(heapBytes, this.options.memoryLimitBytes), traceback: result.error?.traceback ?? [] });
            }
            if (result.error?.kind === "memory") this.respawn(channel);
            finish(result, result.error ?? null);
          }
        },
        onDeath: (error) => finish({ ...partial, durationMs: 0 }, cancelRequested ? cancelledError() : fatalError(error.message, this.options.memoryLimitBytes)),
        cancel: () => {
          if (cancelRequested) return;
          cancelRequested = true;
          if (this.interruptView) {
            Atomics.store(this.interruptView, 0, 2); // SIGINT -> KeyboardInterrupt
            graceTimer = setTimeout(() => stopHard(cancelledError()), this.options.cancelGraceMs);
          } else {
            stopHard(cancelledError());
          }
        },
      };
      channel.post({ type: "run", id, op, payload });
    });
  }
}
