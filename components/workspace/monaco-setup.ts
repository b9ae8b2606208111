// Makes @monaco-editor/react use the Monaco bundled with the app instead of
// fetching it from a CDN, and tells Monaco where its editor worker is.
// Imported only from client code loaded with `ssr: false`: Monaco needs `window`.
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";

let configured = false;

export function setUpMonaco(): typeof monaco {
  if (configured) return monaco;
  globalThis.MonacoEnvironment = {
    getWorker: () => new Worker(new URL("./monaco-editor.worker.ts", import.meta.url), { type: "module", name: "monaco-editor" }),
  };
  loader.config({ monaco });
  configured = true;
  return monaco;
}
