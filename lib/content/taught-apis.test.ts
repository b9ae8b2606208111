import { describe, expect, it } from "vitest";
import { mentions, untaughtApis } from "./taught-apis";

describe("mentions", () => {
  it("finds a method only as a call", () => {
    expect(mentions("@app.patch(\"/x\")", ".patch")).toBe(true);
    expect(mentions("there is `@app.patch` too", ".patch")).toBe(true);
    expect(mentions("we patch it", ".patch")).toBe(false);
  });

  it("finds a keyword and a name on word boundaries", () => {
    expect(mentions("redirect(url, code=303)", "code=")).toBe(true);
    expect(mentions("status_code=201", "code=")).toBe(false);
    expect(mentions("`Header()`", "Header")).toBe(true);
    expect(mentions("HeaderValue", "Header")).toBe(false);
    expect(mentions("response.request.args", "request.args")).toBe(false);
  });
});

describe("untaughtApis", () => {
  const lessons = [
    { slug: "one", order: 1, body: "Use `request.args`." },
    { slug: "two", order: 2, body: "`redirect(url, code=303)`" },
  ];

  it("counts the lesson and earlier ones, and the instructions", () => {
    expect(untaughtApis(["request.args", "redirect", "Header"], "two", lessons, "Read the `Header` docs.")).toEqual([]);
  });

  it("does not count later lessons", () => {
    expect(untaughtApis(["request.args", "redirect", "code="], "one", lessons, "")).toEqual(["code=", "redirect"]);
  });
});
