// Hashing and the checks that make a bad input fail loudly, naming what is wrong.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

/** @param {Buffer | string} data */
export const sha256 = (data) => createHash("sha256").update(data).digest("hex");

/** @param {string} file */
export async function sha256File(file) {
  return sha256(await readFile(file));
}

/**
 * Pydantic pins pydantic-core exactly (`Requires-Dist: pydantic-core==X`); a
 * different core gives "incompatible pydantic-core" at import time, so we
 * refuse to build such a pair.
 * @param {string} pydanticMetadata the METADATA file of pydantic's dist-info
 * @param {string} coreVersion the pydantic-core version that will ship
 */
export function checkPydanticCorePair(pydanticMetadata, coreVersion) {
  const match = pydanticMetadata.match(/^Requires-Dist: pydantic-core\s*==\s*([^\s;]+)/m);
  if (!match) throw new Error("pydantic: its METADATA has no exact 'Requires-Dist: pydantic-core==' pin");
  if (match[1] !== coreVersion) {
    throw new Error(`pydantic requires pydantic-core ${match[1]} but the bundle would ship pydantic-core ${coreVersion}`);
  }
  return match[1];
}
