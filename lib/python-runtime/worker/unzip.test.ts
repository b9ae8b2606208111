// The bundle's own unzip: every file of a zip from the bundle's writer comes
// out byte for byte, in folders; a damaged or hostile archive is refused.
import { describe, expect, it } from "vitest";
import { createZip } from "../../../scripts/python-bundle/zip-writer.mjs";
import { gzipSync } from "node:zlib";
import { gunzipBundle, readZipEntries, unpackZip } from "./unzip.mjs";

function memoryFs() {
  const files = new Map<string, Uint8Array>();
  const dirs = new Set<string>();
  return {
    files,
    dirs,
    mkdirTree: (path: string) => void dirs.add(path),
    writeFile: (path: string, data: Uint8Array) => {
      if (!dirs.has(path.slice(0, path.lastIndexOf("/")))) throw new Error(`no folder for ${path}`);
      files.set(path, data);
    },
  };
}

describe("gunzipBundle", () => {
  const big = Buffer.from("print('hello')\n".repeat(1000));
  const zip = createZip([{ name: "pkg/__init__.py", data: big }], { deflate: false });

  it("inflates the bundle's gzip into its zip of stored entries, which unpacks byte for byte", async () => {
    const unpacked = await gunzipBundle(new Uint8Array(gzipSync(zip)));
    expect(Buffer.from(unpacked)).toEqual(zip);
    expect(readZipEntries(unpacked).map((e) => e.method)).toEqual([0]);
    const fs = memoryFs();
    await unpackZip(unpacked, "/site", fs);
    expect(Buffer.from(fs.files.get("/site/pkg/__init__.py")!)).toEqual(big);
  });

  it("passes a zip through as it is (a server already undid the gzip)", async () => {
    const plain = new Uint8Array(zip);
    expect(await gunzipBundle(plain)).toBe(plain);
  });
});

describe("unpackZip", () => {
  it("writes stored and deflated entries byte for byte", async () => {
    const big = Buffer.from("print('hello')\n".repeat(1000));
    const tiny = Buffer.from("x");
    const zip = createZip([
      { name: "pkg/__init__.py", data: big },
      { name: "pkg/sub/__pycache__/m.cpython-314.pyc", data: Buffer.from([0xcb, 0x0d, 0x0d, 0x0a, 1, 2, 3]) },
      { name: "top.py", data: tiny },
    ]);
    expect(readZipEntries(new Uint8Array(zip)).map((e) => [e.name, e.method])).toEqual([
      ["pkg/__init__.py", 8],
      ["pkg/sub/__pycache__/m.cpython-314.pyc", 0],
      ["top.py", 0],
    ]);
    const fs = memoryFs();
    expect(await unpackZip(new Uint8Array(zip), "/site", fs)).toBe(3);
    expect(Buffer.from(fs.files.get("/site/pkg/__init__.py")!)).toEqual(big);
    expect(Buffer.from(fs.files.get("/site/top.py")!)).toEqual(tiny);
    expect([...fs.files.get("/site/pkg/sub/__pycache__/m.cpython-314.pyc")!]).toEqual([0xcb, 0x0d, 0x0d, 0x0a, 1, 2, 3]);
  });

  it("refuses an archive that is not a zip, and names that leave the folder", async () => {
    await expect(unpackZip(new Uint8Array(100), "/site", memoryFs())).rejects.toThrow("not a zip archive");
    const zip = createZip([{ name: "../escape.py", data: Buffer.from("x") }]);
    await expect(unpackZip(new Uint8Array(zip), "/site", memoryFs())).rejects.toThrow("unexpected file name ../escape.py");
  });

  it("refuses a damaged entry", async () => {
    const zip = new Uint8Array(createZip([{ name: "a.py", data: Buffer.from("y = 1\n".repeat(200)) }]));
    zip[0] = 0; // the local header's signature
    await expect(unpackZip(zip, "/site", memoryFs())).rejects.toThrow("a.py is damaged");
  });
});
