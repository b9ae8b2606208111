// A file's code, highlighted on the server like the lessons' code blocks.
// Shiki escapes the code it is given, so its HTML is safe to insert even
// when the code is a learner's.
import { highlightToHtml } from "@/lib/content/markdown/highlighter";
import { fileLanguage } from "@/lib/workspace/file-language";

export function HighlightedCode({ code, file }: { code: string; file: string }) {
  return <div className="highlighted-code" dangerouslySetInnerHTML={{ __html: highlightToHtml(code, fileLanguage(file).fence) }} />;
}
