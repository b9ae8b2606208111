// Server-side rendering of the course's text: lessons (MDX) and an
// exercise's instructions and hints (plain Markdown: text such as `<name>`
// or `{item_id}` in an exercise must not be read as JSX). Both get GitHub
// Flavored Markdown (tables, strikethrough, autolinks) and code highlighted
// on the server (rehype-course.ts), so the browser receives finished markup
// and no highlighter.
//
// Compiling and highlighting take tens of milliseconds per document; the
// result depends only on the text, so each document is compiled once per
// server process (and once at build time for the pages Next prerenders).
import { evaluate, type EvaluateOptions } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import { rehypeCourse } from "./rehype-course";
import { remarkShiftHeadings } from "./remark-shift-headings";

export interface MarkdownOptions {
  /** Levels to move headings down, so `#` fits under the page's own headings. */
  shiftHeadings?: number;
}

type Format = "md" | "mdx";
type MDXModule = Awaited<ReturnType<typeof evaluate>>;

const compiled = new Map<string, Promise<MDXModule>>();

function compile(text: string, format: Format, options: MarkdownOptions): Promise<MDXModule> {
  const key = JSON.stringify([format, options.shiftHeadings ?? 0, text]);
  let compiling = compiled.get(key);
  if (!compiling) {
    const remarkPlugins: EvaluateOptions["remarkPlugins"] = [remarkGfm];
    if (options.shiftHeadings) remarkPlugins.push([remarkShiftHeadings, { by: options.shiftHeadings }]);
    compiling = evaluate(text, { ...runtime, format, remarkPlugins, rehypePlugins: [rehypeCourse], baseUrl: import.meta.url });
    // A failed compile is not kept: the next request reports the error again.
    compiling.catch(() => compiled.delete(key));
    compiled.set(key, compiling);
  }
  return compiling;
}

/** An exercise's instructions or a hint. `file` names the source in errors. */
export async function renderMarkdown(text: string, file: string, options: MarkdownOptions = {}) {
  try {
    const { default: Content } = await compile(text, "md", options);
    return <Content />;
  } catch (error) {
    throw new Error(`${file}: Markdown does not compile: ${(error as Error).message}`);
  }
}

/**
 * A lesson's MDX body. Lessons are trusted project content (reviewed like
 * code), which is why evaluating them is acceptable.
 */
export async function renderMdx(body: string, file: string) {
  try {
    const { default: Content } = await compile(body, "mdx", {});
    return <Content />;
  } catch (error) {
    throw new Error(`${file}: body: MDX does not compile: ${(error as Error).message}`);
  }
}
