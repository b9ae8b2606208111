export interface LoadFigures {
  load_learners: number;
  load_seconds: number;
  load_graded_submissions: number;
  load_throughput_per_s: number;
  load_latency_p50_ms: number;
  load_latency_p95_ms: number;
  load_busy_503: number;
  load_errors: number;
  load_progress_rows_lost: number;
  load_progress_rows_duplicated: number;
}
export interface LoadLearner {
  id: string;
  email: string;
  cookie: string;
}
export interface LoadRun {
  /** 200 answers per learner id. */
  perUser: Map<string, number>;
  latencies: number[];
  /** 503 answers with Retry-After. */
  busy: number;
  /** Any other answer, or no answer. */
  errors: number;
  failures: string[];
  elapsedSeconds: number;
}
export const LOAD_EXERCISE: string;
export function signUpLearners(url: string, count: number, label?: string): Promise<LoadLearner[]>;
export function submitForSeconds(options: {
  url: string;
  users: LoadLearner[];
  seconds: number;
  events?: { afterSeconds: number; run: () => Promise<void> }[];
}): Promise<LoadRun>;
export function checkRecorded(databaseUrl: string, gradedPerUser: Map<string, number>): Promise<{ lost: number; duplicated: number }>;
export function runLoadTest(options?: { learners?: number; seconds?: number; env?: Record<string, string>; log?: (line: string) => void }): Promise<LoadFigures>;
