// Makes @monaco-editor/react use the Monaco bundled with the app instead of
// fetching it from a CDN, and tells Monaco where its editor worker is.
// Imported only from client code loaded with `ssr: false`: Monaco needs `window`.
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";

let configured = false;

/**
 * The editor's themes: Monaco's vs and vs-dark, the bases of VS Code's Light+
 * and Dark+ that the lessons' code is highlighted with (lib/content/markdown/
 * highlighter.ts). vs-dark's comment green (#608B4E) is below the 4.5:1
 * contrast text needs on its background; Dark+'s own (#6A9955) is not.
 */
export const EDITOR_THEMES = { light: "vs", dark: "course-dark" } as const;

export function setUpMonaco(): typeof monaco {
  if (configured) return monaco;
  globalThis.MonacoEnvironment = {
    getWorker: () => new Worker(new URL("./monaco-editor.worker.ts", import.meta.url), { type: "module", name: "monaco-editor" }),
  };
  // Templates, CSS, JavaScript and JSON get Monaco's highlighting only: their
  // language services would each need a worker of their own (megabytes for
  // JavaScript), and a course project's few lines of them need none.
  for (const defaults of [monaco.css.cssDefaults, monaco.html.htmlDefaults, monaco.json.jsonDefaults, monaco.typescript.javascriptDefaults]) {
    defaults.setModeConfiguration({});
  }
  monaco.editor.defineTheme(EDITOR_THEMES.dark, { base: "vs-dark", inherit: true, rules: [{ token: "comment", foreground: "6A9955" }], colors: {} });
  loader.config({ monaco });
  configured = true;
  return monaco;
}
