import { describe, expect, it } from "vitest";
import type { RunResult } from "../python-runtime/types";
import { probeRuntime, unmetRequirements } from "./runtime-requirements";

const runtimeWith = (stdout: string, ok = true) => ({
  runProgram: async (): Promise<RunResult> => ({
    ok,
    stdout,
    stderr: ok ? "" : "boom",
    truncated: false,
    error: ok ? null : { kind: "import", message: "No module named 'pydantic'", traceback: [] },
    durationMs: 1,
  }),
});

describe("runtime requirements", () => {
  it("reads Pydantic's major version", async () => {
    expect((await probeRuntime(runtimeWith("2.10.6"))).has.has("pydantic-2")).toBe(true);
    const v1 = await probeRuntime(runtimeWith("1.10.4"));
    expect(v1.has.has("pydantic-2")).toBe(false);
    expect(v1.description).toBe("Pydantic 1.10.4");
  });

  it("fails loudly when the probe cannot run", async () => {
    await expect(probeRuntime(runtimeWith("", false))).rejects.toThrow("No module named 'pydantic'");
  });

  it("lists what an exercise needs and the runtime lacks", async () => {
    const v1 = await probeRuntime(runtimeWith("1.10.4"));
    expect(unmetRequirements({ requires: ["pydantic-2"] }, v1)).toEqual(["pydantic-2"]);
    expect(unmetRequirements({}, v1)).toEqual([]);
  });
});
