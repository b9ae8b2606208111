// A file's code, highlighted on the server like the lessons' code blocks.
// Shiki escapes the code it is given, so its HTML is safe to insert even
// when the code is a learner's.
import { highlightToHtml } from "@/lib/content/markdown/highlighter";

export function HighlightedCode({ code, file }: { code: string; file: string }) {
  const language = file.endsWith(".py") ? "python" : file.endsWith(".json") ? "json" : file.endsWith(".toml") ? "toml" : null;
  return <div className="highlighted-code" dangerouslySetInnerHTML={{ __html: highlightToHtml(code, language) }} />;
}
