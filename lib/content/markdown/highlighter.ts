// Syntax highlighting for code in lessons, instructions and hints, done on
// the server while the page is rendered (never in the browser): Shiki with
// VS Code's Light+ and Dark+ themes, the family of the editor's own vs and
// vs-dark themes, so a lesson's code looks like the code in the editor.
//
// Both themes are written into the markup (the dark colours as CSS
// variables, see app/globals.css), so switching the theme needs no
// re-render. The JavaScript regex engine keeps WebAssembly out of the
// server bundle; the grammars used here are fully supported by it.
import type { Root } from "hast";
import { createHighlighterCoreSync, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import bash from "@shikijs/langs/bash";
import css from "@shikijs/langs/css";
import csv from "@shikijs/langs/csv";
import html from "@shikijs/langs/html";
import ini from "@shikijs/langs/ini";
import javascript from "@shikijs/langs/javascript";
import jinja from "@shikijs/langs/jinja";
import jinjaHtml from "@shikijs/langs/jinja-html";
import json from "@shikijs/langs/json";
import python from "@shikijs/langs/python";
import toml from "@shikijs/langs/toml";
import darkPlus from "@shikijs/themes/dark-plus";
import lightPlus from "@shikijs/themes/light-plus";

export const CODE_THEMES = { light: "light-plus", dark: "dark-plus" } as const;

/** Fence names authors may use, mapped to a loaded grammar. Anything else is shown as plain text. */
const LANGUAGE_ALIASES: Record<string, string> = {
  python: "python",
  py: "python",
  json: "json",
  bash: "bash",
  sh: "bash",
  shell: "bash",
  console: "bash",
  toml: "toml",
  html: "jinja-html",
  jinja: "jinja-html",
  "jinja-html": "jinja-html",
  css: "css",
  javascript: "javascript",
  js: "javascript",
  ini: "ini",
  csv: "csv",
};

let highlighter: HighlighterCore | null = null;

function getHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [lightPlus, darkPlus],
    langs: [python, json, bash, toml, html, jinja, jinjaHtml, css, javascript, ini, csv],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** The grammar for a fence's language name, or "text" (no highlighting, same frame). */
export function grammarFor(language: string | null | undefined): string {
  return (language && LANGUAGE_ALIASES[language.toLowerCase()]) || "text";
}

/**
 * A `<pre class="shiki">` tree for `code`, light colours inline and dark
 * ones as `--shiki-dark` variables. Not focusable by itself: only a block
 * that is wider than its column becomes a Tab stop, in the browser
 * (components/focusable-overflow.tsx), so short blocks do not stand between
 * a keyboard user and the exercise.
 */
export function highlightToHast(code: string, language: string | null | undefined): Root {
  return getHighlighter().codeToHast(code.replace(/\n$/, ""), {
    lang: grammarFor(language),
    themes: CODE_THEMES,
    defaultColor: "light",
    tabindex: false,
  });
}

/** The same as HTML, for code that is not part of a Markdown document (a learner's files on an instructor's page). Shiki escapes the code. */
export function highlightToHtml(code: string, language: string | null | undefined): string {
  return getHighlighter().codeToHtml(code.replace(/\n$/, ""), {
    lang: grammarFor(language),
    themes: CODE_THEMES,
    defaultColor: "light",
    tabindex: false,
  });
}
