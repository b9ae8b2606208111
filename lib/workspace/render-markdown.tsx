// Server-side rendering of an exercise's Markdown (instructions, hints).
// Unlike lessons these are parsed as plain Markdown, not MDX: text such as
// `<name>` or `{item_id}` in an exercise must not be read as JSX.
import { evaluate, type EvaluateOptions } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import { remarkShiftHeadings } from "./markdown-headings";
import { remarkPipeTables } from "./markdown-tables";

export interface MarkdownOptions {
  /** Levels to move headings down, so `#` fits under the page's own headings. */
  shiftHeadings?: number;
}

export async function renderMarkdown(text: string, file: string, options: MarkdownOptions = {}) {
  try {
    const remarkPlugins: EvaluateOptions["remarkPlugins"] = [remarkPipeTables];
    if (options.shiftHeadings) remarkPlugins.push([remarkShiftHeadings, { by: options.shiftHeadings }]);
    const { default: Content } = await evaluate(text, { ...runtime, format: "md", remarkPlugins, baseUrl: import.meta.url });
    return <Content />;
  } catch (error) {
    throw new Error(`${file}: Markdown does not compile: ${(error as Error).message}`);
  }
}
