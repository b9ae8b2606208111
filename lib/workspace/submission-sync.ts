// What the server said about a submission (POST /api/exercises/<slug>/submissions),
// in words for the learner. The browser has already graded the code; the
// server's answer only decides whether progress is also stored in an account.

export type SubmissionSync =
  | { kind: "recorded"; passed: boolean | null; message: string }
  | { kind: "signed-out"; message: string }
  | { kind: "busy"; retryAfterSeconds: number | null; message: string }
  | { kind: "failed"; message: string };

/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

function serverVerdict(body: unknown): boolean | null {
  if (typeof body !== "object" || body === null) return null;
  const passed = (body as { passed?: unknown }).passed;
  return typeof passed === "boolean" ? passed : null;
}

export function interpretSubmissionResponse(status: number, retryAfter: string | null, body: unknown, now: Date): SubmissionSync {
  if (status >= 200 && status < 300) {
    const passed = serverVerdict(body);
    const message =
      passed === false
        ? "Saved to your account. The server's check did not pass this time; your progress in this browser is unchanged."
        : "Saved to your account.";
    return { kind: "recorded", passed, message };
  }
  if (status === 401) {
    return { kind: "signed-out", message: "Progress is saved in this browser. Sign in to keep it in your account too." };
  }
  if (status === 503 || status === 429) {
    const seconds = parseRetryAfter(retryAfter, now);
    const when = seconds === null ? "in a moment" : seconds <= 1 ? "in a second" : `in about ${seconds} seconds`;
    return {
      kind: "busy",
      retryAfterSeconds: seconds,
      message: `The server is busy, so your account was not updated. Your progress is saved in this browser; submit again ${when} to record it.`,
    };
  }
  return {
    kind: "failed",
    message: `Your account could not be updated (HTTP ${status}). Your progress is saved in this browser.`,
  };
}
