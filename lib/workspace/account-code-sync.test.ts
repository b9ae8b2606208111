import { describe, expect, it } from "vitest";
import { createAccountCodeSync } from "./account-code-sync";

function fakeFetch(statuses: number[]) {
  const calls: { url: string; body: string }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    calls.push({ url, body: String(init.body) });
    return new Response("{}", { status: statuses.shift() ?? 200 });
  }) as unknown as typeof fetch;
  return { impl, calls };
}

describe("createAccountCodeSync", () => {
  it("puts the files to the exercise's code route", async () => {
    const { impl, calls } = fakeFetch([200]);
    expect(await createAccountCodeSync(impl)("flask-hello-routes", { "app.py": "x = 1" })).toBe("saved");
    expect(calls).toEqual([{ url: "/api/progress/flask-hello-routes/code", body: JSON.stringify({ files: { "app.py": "x = 1" } }) }]);
  });

  it("stops asking after the server says the learner is signed out", async () => {
    const { impl, calls } = fakeFetch([401, 200]);
    const push = createAccountCodeSync(impl);
    expect(await push("a", {})).toBe("signed-out");
    expect(await push("a", {})).toBe("signed-out");
    expect(calls).toHaveLength(1);
  });

  it("reports other failures without giving up", async () => {
    const { impl } = fakeFetch([503, 200]);
    const push = createAccountCodeSync(impl);
    expect(await push("a", {})).toBe("failed");
    expect(await push("a", {})).toBe("saved");
  });
});
