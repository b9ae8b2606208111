// Length-prefixed frames between the server and a sandboxed Python runner,
// over the runner's stdin and stdout. A frame is a 4-byte little-endian
// length, one kind byte (JSON or binary) and the payload. Each side rejects a
// frame above its own size limit before buffering it, so a hostile runner
// cannot make the server hold an unbounded message.

export const FRAME_JSON = 0;
export const FRAME_BINARY = 1;
const HEADER_BYTES = 5;

/** @param {unknown} message */
export function jsonFrame(message) {
  return frame(FRAME_JSON, Buffer.from(JSON.stringify(message), "utf8"));
}

/** @param {Uint8Array} bytes */
export function binaryFrame(bytes) {
  return frame(FRAME_BINARY, bytes);
}

/** @param {number} kind @param {Uint8Array} payload */
function frame(kind, payload) {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(payload.length + 1, 0);
  header.writeUInt8(kind, 4);
  return Buffer.concat([header, payload]);
}

/**
 * Turns a byte stream into frames. `limitFor(kind)` is the largest payload
 * accepted now for that kind; a larger or malformed frame calls `onError`
 * once and stops the reader.
 * @param {{
 *   limitFor: (kind: number) => number;
 *   onFrame: (kind: number, payload: Buffer) => void;
 *   onError: (message: string) => void;
 * }} handlers
 */
export function createFrameReader({ limitFor, onFrame, onError }) {
  /** @type {Buffer[]} */
  let chunks = [];
  let buffered = 0;
  let failed = false;

  /** Joins what is buffered only when needed: a big frame is copied once, when complete. */
  const joined = () => {
    if (chunks.length > 1) chunks = [Buffer.concat(chunks, buffered)];
    return chunks[0];
  };

  /** @param {Buffer} chunk */
  return function push(chunk) {
    if (failed) return;
    chunks.push(chunk);
    buffered += chunk.length;
    while (buffered >= HEADER_BYTES) {
      const head = chunks[0].length >= HEADER_BYTES ? chunks[0] : joined();
      const length = head.readUInt32LE(0);
      const kind = head.readUInt8(4);
      if (length < 1 || (kind !== FRAME_JSON && kind !== FRAME_BINARY)) {
        failed = true;
        return onError("malformed frame");
      }
      if (length - 1 > limitFor(kind)) {
        failed = true;
        return onError(`frame of ${length - 1} bytes is over the limit`);
      }
      const end = HEADER_BYTES + length - 1;
      if (buffered < end) return;
      const all = joined();
      const payload = Buffer.from(all.subarray(HEADER_BYTES, end));
      const rest = all.subarray(end);
      chunks = rest.length ? [rest] : [];
      buffered = rest.length;
      onFrame(kind, payload);
    }
  };
}
