// What kind of text a project file holds, from its name: the editor's
// highlighting (Monaco language id), the server-side highlighting (a fence
// name that lib/content/markdown/highlighter.ts knows), and the words a
// screen reader hears for the editor. Only Python files are linted and
// formatted (ruff).

export interface FileLanguage {
  /** Monaco language id. */
  editor: string;
  /** Fence name for the Shiki highlighter ("text": none). */
  fence: string;
  /** In words, e.g. "HTML template". */
  label: string;
  python: boolean;
}

const PLAIN: FileLanguage = { editor: "plaintext", fence: "text", label: "text", python: false };

const BY_EXTENSION: Record<string, FileLanguage> = {
  py: { editor: "python", fence: "python", label: "Python code", python: true },
  // Flask and Jinja2Templates templates are HTML with Jinja tags.
  html: { editor: "html", fence: "jinja-html", label: "HTML template", python: false },
  htm: { editor: "html", fence: "jinja-html", label: "HTML template", python: false },
  jinja: { editor: "html", fence: "jinja-html", label: "HTML template", python: false },
  j2: { editor: "html", fence: "jinja-html", label: "HTML template", python: false },
  css: { editor: "css", fence: "css", label: "CSS", python: false },
  js: { editor: "javascript", fence: "javascript", label: "JavaScript", python: false },
  json: { editor: "json", fence: "json", label: "JSON", python: false },
  toml: { editor: "ini", fence: "toml", label: "TOML", python: false },
  ini: { editor: "ini", fence: "ini", label: "configuration", python: false },
  cfg: { editor: "ini", fence: "ini", label: "configuration", python: false },
  md: { editor: "markdown", fence: "text", label: "Markdown", python: false },
  csv: { editor: "plaintext", fence: "csv", label: "CSV", python: false },
  txt: PLAIN,
};

/** The extensions the editor knows, without the dot ("py", "html", ...). */
export const KNOWN_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The file name's extension, lower-cased and without the dot, or null when it has none. */
export function fileExtension(path: string): string | null {
  const name = path.split("/").pop() ?? path;
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? null : name.slice(dot + 1).toLowerCase();
}

export function fileLanguage(path: string): FileLanguage {
  const extension = fileExtension(path);
  // Own keys only: "x.constructor" must not find Object's prototype.
  return extension !== null && Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : PLAIN;
}
