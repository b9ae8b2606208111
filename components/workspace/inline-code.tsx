// Text with `code` spans (feedback titles and advice), shown with <code>.
import { splitInlineCode } from "@/lib/workspace/inline-code";

export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {splitInlineCode(text).map((part, index) => (part.code ? <code key={index}>{part.text}</code> : part.text))}
    </>
  );
}
