// Feedback text (problem titles and advice in lib/grading/problems.ts) marks
// code with backticks, which suits the CLI's plain text. The page shows those
// spans as code instead of raw backticks.

export type InlinePart = { code: boolean; text: string };

/** `Remove \`app.run()\` first` -> text, code, text. An unpaired backtick stays text. */
export function splitInlineCode(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /`([^`\n]+)`/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) parts.push({ code: false, text: text.slice(last, match.index) });
    parts.push({ code: true, text: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ code: false, text: text.slice(last) });
  return parts;
}
