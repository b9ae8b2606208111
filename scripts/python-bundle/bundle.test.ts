// The bundle builder's checks: each bad input fails with a message naming it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { upstreamVersion } from "./pin.mjs";
import { checkPydanticCorePair, sha256 } from "./verify.mjs";
import { PYDANTIC_CORE_SO, pydanticCoreExtension } from "./wasm-extensions.mjs";
import { createZip } from "./zip-writer.mjs";

const root = path.resolve(import.meta.dirname, "../..");

describe("pinning", () => {
  it("derives upstream versions from Debian versions", () => {
    expect(upstreamVersion("3.1.1-1+deb13u1")).toBe("3.1.1");
    expect(upstreamVersion("8.2.0+0.really.8.1.8-1")).toBe("8.1.8");
    expect(upstreamVersion("2025.1.31+ds-1")).toBe("2025.1.31");
    expect(upstreamVersion("1:19.1.7-3+b1")).toBe("19.1.7");
  });

  it("pins every package of the manifest to a version and a sha256", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "lib/python-runtime/bundle/manifest.json"), "utf8"));
    for (const pkg of manifest.packages) {
      expect(pkg.sha256, pkg.debian).toMatch(/^[0-9a-f]{64}$/);
      expect(pkg.version, pkg.debian).toBeTruthy();
    }
    expect(manifest.packages.map((p: { debian: string }) => p.debian)).toContain("python3-python-multipart");
  });
});

describe("pydantic-core pairing", () => {
  const metadata = "Name: pydantic\nVersion: 2.10.6\nRequires-Dist: pydantic-core==2.27.2\n";
  it("accepts the exact pair and refuses any other core", () => {
    expect(checkPydanticCorePair(metadata, "2.27.2")).toBe("2.27.2");
    expect(() => checkPydanticCorePair(metadata, "2.27.1")).toThrow("pydantic requires pydantic-core 2.27.2 but the bundle would ship pydantic-core 2.27.1");
  });

  it("names the wasm file when it is missing or altered", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "wasm-ext-"));
    await expect(pydanticCoreExtension("2.27.2", dir)).rejects.toThrow(`pydantic-core: vendor/wasm-extensions/${PYDANTIC_CORE_SO}`);
    writeFileSync(path.join(dir, PYDANTIC_CORE_SO), "not the built module");
    const manifest = { artifacts: [{ file: PYDANTIC_CORE_SO, sha256: sha256("the built module"), pythonModule: "_pydantic_core" }] };
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    await expect(pydanticCoreExtension("2.27.2", dir)).rejects.toThrow(`_pydantic_core: ${PYDANTIC_CORE_SO} has sha256`);
    writeFileSync(path.join(dir, PYDANTIC_CORE_SO), "the built module");
    const { data } = await pydanticCoreExtension("2.27.2", dir);
    expect(String(data)).toBe("the built module");
  });

  it("ignores toolchain probes that are not for the bundle", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "wasm-ext-"));
    const manifest = { artifacts: [{ file: "probe/_probe.so", sha256: "0".repeat(64), role: "toolchain probe (not for the bundle)" }] };
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    await expect(pydanticCoreExtension("2.27.2", dir)).rejects.toThrow("is required for Pydantic 2");
  });
});

describe("zip writer", () => {
  it("is deterministic and readable by Python's zipfile", () => {
    const entries = [
      { name: "pkg/__init__.py", data: Buffer.from("VALUE = 'é'\n".repeat(50)) },
      { name: "a.txt", data: Buffer.from("x") },
    ];
    const zip = createZip(entries);
    expect(sha256(createZip([...entries].reverse()))).toBe(sha256(zip));
    const dir = mkdtempSync(path.join(os.tmpdir(), "zip-"));
    const file = path.join(dir, "t.zip");
    writeFileSync(file, zip);
    const listed = execFileSync("python3", ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); z.testzip(); print(sorted(z.namelist()), z.read('pkg/__init__.py').decode().count('é'))", file]);
    expect(String(listed).trim()).toBe("['a.txt', 'pkg/__init__.py'] 50");
  });
});

describe("built output", () => {
  it("serves the browser the same harness files as the source tree (refresh with node scripts/python-bundle/harness.mjs)", () => {
    const harnessDir = path.join(root, "lib/python-runtime/harness");
    const source = Object.fromEntries(
      readdirSync(harnessDir).filter((n) => n.endsWith(".py")).sort().map((n) => [n, readFileSync(path.join(harnessDir, n), "utf8")]),
    );
    const built = JSON.parse(readFileSync(path.join(root, "public/python/harness.json"), "utf8"));
    expect(built.files).toEqual(source);
  });
});
