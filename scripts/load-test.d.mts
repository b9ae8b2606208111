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
export function runLoadTest(options?: { learners?: number; seconds?: number; env?: Record<string, string>; log?: (line: string) => void }): Promise<LoadFigures>;
