// Monaco's editor worker (diffing, word ranges, link detection), bundled by
// the app so it is same-origin: the page is cross-origin isolated and must
// load nothing from a CDN. Python needs no language worker.
import "monaco-editor/editor/editor.worker.js";
