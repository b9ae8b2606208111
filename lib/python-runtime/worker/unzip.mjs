// Unpacks the package bundle (a zip written by
// scripts/python-bundle/zip-writer.mjs: stored or deflated entries, no
// zip64; the build gzips a zip of stored entries as a whole, see
// gunzipBundle) into Pyodide's file system with the platform's own inflater
// (DecompressionStream). Pyodide's unpackArchive does the same with Python's
// zipfile under wasm, several times slower, and a browser worker unpacks the
// bundle at every start, snapshot or not (files live outside wasm memory).
// The archive's sha256 is checked before this runs.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Entries inflated at once: enough to keep the inflater busy, few enough to bound memory. */
const BATCH = 64;

/**
 * @typedef {{ name: string; method: number; compressedSize: number; size: number; localOffset: number }} ZipEntry
 */

/** The entries of a zip, from its central directory. @param {Uint8Array} bytes @returns {ZipEntry[]} */
export function readZipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("package bundle: not a zip archive (no end of central directory)");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  /** @type {ZipEntry[]} */
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error(`package bundle: central directory entry ${i} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * The zip inside the bundle's gzip: one inflater stream for the whole
 * archive (the build stores the zip's entries, so they need no inflating of
 * their own). Bytes that are not gzip are returned as they are: an HTTP
 * server may have sent the file with Content-Encoding: gzip, and the browser
 * then hands over the zip itself.
 * @param {Uint8Array} bytes
 */
export async function gunzipBundle(bytes) {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** @param {Uint8Array} data */
async function inflateRaw(data) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** @param {Uint8Array} bytes @param {ZipEntry} entry */
async function entryData(bytes, entry) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (view.getUint32(at, true) !== LOCAL_HEADER) throw new Error(`package bundle: ${entry.name} is damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stored = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return stored;
  if (entry.method !== 8) throw new Error(`package bundle: ${entry.name} uses compression method ${entry.method}`);
  const data = await inflateRaw(stored);
  if (data.length !== entry.size) throw new Error(`package bundle: ${entry.name} inflated to ${data.length} bytes, not ${entry.size}`);
  return data;
}

/**
 * Writes every file of the zip under `dir`.
 * @param {Uint8Array} bytes
 * @param {string} dir
 * @param {{ mkdirTree: (path: string) => void; writeFile: (path: string, data: Uint8Array) => void }} fs Pyodide's FS
 */
export async function unpackZip(bytes, dir, fs) {
  const entries = readZipEntries(bytes).filter((entry) => !entry.name.endsWith("/"));
  const made = new Set();
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH);
    const contents = await Promise.all(batch.map((entry) => entryData(bytes, entry)));
    batch.forEach((entry, j) => {
      const parts = entry.name.split("/");
      if (entry.name.startsWith("/") || parts.some((part) => part === ".." || part === "." || part === "")) {
        throw new Error(`package bundle: unexpected file name ${entry.name}`);
      }
      const parent = [dir, ...parts.slice(0, -1)].join("/");
      if (!made.has(parent)) {
        fs.mkdirTree(parent);
        made.add(parent);
      }
      fs.writeFile(`${dir}/${entry.name}`, contents[j]);
    });
  }
  return entries.length;
}
