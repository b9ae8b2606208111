import { describe, expect, it } from "vitest";
import { interpretSubmissionResponse, parseRetryAfter } from "./submission-sync";

const now = new Date("2026-11-24T10:00:00Z");

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("12", now)).toBe(12);
    expect(parseRetryAfter("Tue, 24 Nov 2026 10:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("Tue, 24 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe("interpretSubmissionResponse", () => {
  it("reports a recorded submission and the server's verdict", () => {
    expect(interpretSubmissionResponse(200, null, { passed: true }, now)).toMatchObject({ kind: "recorded", passed: true });
    expect(interpretSubmissionResponse(201, null, null, now)).toMatchObject({ kind: "recorded", passed: null, message: "Saved to your account." });
    expect(interpretSubmissionResponse(200, null, { passed: false }, now).message).toMatch(/did not pass/);
  });

  it("keeps progress local when signed out", () => {
    expect(interpretSubmissionResponse(401, null, null, now)).toMatchObject({ kind: "signed-out", message: expect.stringMatching(/saved in this browser/) });
  });

  it("says when to try again when busy", () => {
    expect(interpretSubmissionResponse(503, "20", null, now)).toMatchObject({ kind: "busy", retryAfterSeconds: 20, message: expect.stringMatching(/about 20 seconds/) });
    expect(interpretSubmissionResponse(503, null, null, now).message).toMatch(/in a moment/);
  });

  it("reports other failures without alarming the learner", () => {
    expect(interpretSubmissionResponse(500, null, null, now)).toMatchObject({ kind: "failed", message: expect.stringMatching(/HTTP 500/) });
  });
});
