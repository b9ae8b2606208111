import { describe, expect, it } from "vitest";
import { outdatedIdioms } from "./python-idioms";

describe("outdatedIdioms", () => {
  it("finds typing.Optional and typing.List, with their lines", async () => {
    const findings = await outdatedIdioms("from typing import List, Optional\n\n\ndef f(x: Optional[int]) -> List[int]:\n    return [x or 0]\n");
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(["UP045", "UP006"]));
    expect(findings.find((f) => f.code === "UP045")?.line).toBe(4);
  });

  it("accepts today's spelling", async () => {
    expect(await outdatedIdioms("def f(x: int | None) -> list[int]:\n    return [x or 0]\n")).toEqual([]);
  });
});
