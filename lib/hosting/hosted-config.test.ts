import { describe, expect, it } from "vitest";
import { hostedConfigError, hostedConfigProblems, trustedProxies } from "./hosted-config.mjs";

const POSTGRES = "postgresql://course@db.internal:5432/course";
const SECRET = "x".repeat(32);

describe("hosted start settings", () => {
  it("asks nothing of a course on one machine (SQLite)", () => {
    expect(hostedConfigProblems({})).toEqual([]);
    expect(hostedConfigProblems({ DATABASE_URL: "file:./data/course.db" })).toEqual([]);
    expect(hostedConfigError({})).toBeNull();
  });

  it("refuses a PostgreSQL start without the secret and the public URL, saying what to set", () => {
    const message = hostedConfigError({ DATABASE_URL: POSTGRES });
    expect(message).toMatch(/^Refusing to start a hosted course \(DATABASE_URL is PostgreSQL\):/);
    expect(message).toMatch(/BETTER_AUTH_SECRET is not set: set it to .* the same on every instance/);
    expect(message).toMatch(/BETTER_AUTH_URL is not set: set it to the public URL learners open/);
    expect(hostedConfigProblems({ DATABASE_URL: POSTGRES, BETTER_AUTH_SECRET: SECRET })).toHaveLength(1);
    expect(hostedConfigError({ DATABASE_URL: POSTGRES, BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: "https://course.example.org" })).toBeNull();
  });

  it("refuses a short secret and a URL that is not an origin, anywhere", () => {
    expect(hostedConfigProblems({ BETTER_AUTH_SECRET: "short" })).toEqual([expect.stringMatching(/5 characters long: it must be at least 32/)]);
    expect(hostedConfigProblems({ BETTER_AUTH_URL: "course.example.org" })).toEqual([expect.stringMatching(/is not a URL/)]);
    expect(hostedConfigProblems({ BETTER_AUTH_URL: "ftp://course.example.org" })).toEqual([expect.stringMatching(/https:\/\/ or http:\/\//)]);
    expect(hostedConfigProblems({ BETTER_AUTH_URL: "https://example.org/course" })).toEqual([expect.stringMatching(/without a path.*https:\/\/example\.org$/)]);
    expect(hostedConfigProblems({ BETTER_AUTH_URL: "https://course.example.org/" })).toEqual([]);
  });

  it("reads TRUSTED_PROXIES as addresses and CIDR ranges, refusing anything else", () => {
    expect(trustedProxies({ TRUSTED_PROXIES: " 10.0.0.0/8, 192.0.2.10 ,2001:db8::/32," })).toEqual(["10.0.0.0/8", "192.0.2.10", "2001:db8::/32"]);
    expect(hostedConfigProblems({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.10, 2001:db8::/32" })).toEqual([]);
    expect(hostedConfigProblems({ TRUSTED_PROXIES: "10.0.0.0/33, lb.internal, 192.0.2.1/8/1" })).toEqual([
      expect.stringMatching(/not: 10\.0\.0\.0\/33, lb\.internal, 192\.0\.2\.1\/8\/1$/),
    ]);
  });
});
