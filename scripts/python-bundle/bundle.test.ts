// The bundle builder's checks: each bad input fails with a message naming it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unresolvedDependencies, upstreamVersion } from "./pin.mjs";
import { addPurePydanticCore, readPurePydanticCore } from "./pure-core.mjs";
import { checkPydanticCorePair, sha256 } from "./verify.mjs";
import { createZip } from "./zip-writer.mjs";

const root = path.resolve(import.meta.dirname, "../..");

describe("pinning", () => {
  it("derives upstream versions from Debian versions", () => {
    expect(upstreamVersion("3.1.1-1+deb13u1")).toBe("3.1.1");
    expect(upstreamVersion("8.2.0+0.really.8.1.8-1")).toBe("8.1.8");
    expect(upstreamVersion("2025.1.31+ds-1")).toBe("2025.1.31");
    expect(upstreamVersion("2.0.52+ds1-1")).toBe("2.0.52");
    expect(upstreamVersion("2.20.0+dfsg-2")).toBe("2.20.0");
    expect(upstreamVersion("1:19.1.7-3+b1")).toBe("19.1.7");
  });

  it("pins every package of the manifest to a version and a sha256", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "lib/python-runtime/bundle/manifest.json"), "utf8"));
    for (const pkg of manifest.packages) {
      expect(pkg.sha256, pkg.debian).toMatch(/^[0-9a-f]{64}$/);
      expect(pkg.version, pkg.debian).toBeTruthy();
    }
    expect(manifest.suite).toBe("forky");
    expect(manifest.packages.map((p: { debian: string }) => p.debian)).toContain("python3-python-multipart");
    expect(unresolvedDependencies(manifest.packages)).toEqual([]);
  });

  it("refuses a dependency that is neither shipped nor excluded on purpose", () => {
    const packages = [
      { debian: "python3-a", depends: "python3-b (>= 1), python3:any, python3-supported-min (>= 3.13) | python3-c" },
      { debian: "python3-b", depends: "python3-d | python3-e" },
    ];
    expect(unresolvedDependencies(packages)).toEqual(["python3-b depends on python3-d | python3-e"]);
  });
});

describe("pydantic-core pairing", () => {
  const metadata = "Name: pydantic\nVersion: 2.10.6\nRequires-Dist: pydantic-core==2.27.2\n";
  it("accepts the exact pair and refuses any other core", () => {
    expect(checkPydanticCorePair(metadata, "2.27.2")).toBe("2.27.2");
    expect(() => checkPydanticCorePair(metadata, "2.27.1")).toThrow("pydantic requires pydantic-core 2.27.2 but the bundle would ship pydantic-core 2.27.1");
  });

});

describe("the pure pydantic-core", () => {
  const pinned = [{ debian: "python3-pydantic-core", upstreamVersion: "2.46.5" }];
  const debianFiles = () =>
    new Map<string, Buffer>([
      ["pydantic_core/__init__.py", Buffer.from("from ._pydantic_core import __version__\n")],
      ["pydantic_core/core_schema.py", Buffer.from("")],
      ["pydantic-2.13.5.dist-info/METADATA", Buffer.from("Name: pydantic\nRequires-Dist: pydantic-core==2.46.5\n")],
    ]);
  const pureCore = (version: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pure-core-"));
    writeFileSync(path.join(dir, "__init__.py"), `__version__ = '${version}'\n`);
    mkdirSync(path.join(dir, "validators"));
    writeFileSync(path.join(dir, "validators", "strings.py"), "X = 1\n");
    return readPurePydanticCore(dir);
  };

  it("puts the project's package beside Debian's pure files", async () => {
    const files = debianFiles();
    const result = addPurePydanticCore(files, pinned, await pureCore("2.46.5"));
    expect(result.added).toEqual(["pydantic_core/_pydantic_core/__init__.py", "pydantic_core/_pydantic_core/validators/strings.py"]);
    expect(String(files.get("pydantic_core/_pydantic_core/validators/strings.py"))).toBe("X = 1\n");
  });

  it("changes its sources' hash when a source changes", async () => {
    expect((await pureCore("2.46.5")).sha256).not.toBe((await pureCore("2.46.4")).sha256);
  });

  it("refuses a core of another version, or a native module left beside it", async () => {
    await expect(pureCore("2.46.4").then((core) => addPurePydanticCore(debianFiles(), pinned, core))).rejects.toThrow(
      "implements 2.46.4, but the bundle ships pydantic-core 2.46.5",
    );
    const withNative = debianFiles().set("pydantic_core/_pydantic_core.cpython-314-x86_64-linux-gnu.so", Buffer.from(""));
    const core = await pureCore("2.46.5");
    expect(() => addPurePydanticCore(withNative, pinned, core)).toThrow("the native module must not ship beside the pure one");
  });

  it("reads the real pure core of this checkout", async () => {
    const core = await readPurePydanticCore();
    expect(core.files.has("__init__.py")).toBe(true);
    expect(core.sha256).toMatch(/^[0-9a-f]{64}$/);
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
