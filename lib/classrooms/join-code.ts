import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: codes are read aloud and typed from a projector.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

export function generateJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** Accepts what people type: lower case, spaces and dashes. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** How a code is shown: `K7M2-QX9P`, easier to read aloud and to copy than eight letters in a row. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
