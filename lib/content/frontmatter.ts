import { parse } from "yaml";

/** Splits `---\nyaml\n---\nbody`; throws with the file name when malformed. */
export function splitFrontmatter(source: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new ContentError(file, "frontmatter", "expected the file to start with a --- frontmatter block ---");
  let data: unknown;
  try {
    data = parse(match[1]);
  } catch (error) {
    throw new ContentError(file, "frontmatter", `invalid YAML: ${(error as Error).message}`);
  }
  return { data, body: match[2] };
}

/** A content problem that names the file and the field at fault. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = "ContentError";
  }
}
