// Exercise instructions are written as standalone documents starting at `#`,
// but on the lesson page they sit under the lesson's <h1> and the exercise's
// <h2>. This remark plugin moves every heading down so the page keeps one
// <h1> and a heading outline screen reader users can follow.
import type { Root, RootContent } from "mdast";

type Depth = 1 | 2 | 3 | 4 | 5 | 6;

function shift(nodes: RootContent[], by: number): void {
  for (const node of nodes) {
    if (node.type === "heading") node.depth = Math.min(6, node.depth + by) as Depth;
    if ("children" in node && Array.isArray(node.children)) shift(node.children as RootContent[], by);
  }
}

/** remark plugin: `remarkPlugins: [[remarkShiftHeadings, { by: 2 }]]` turns `#` into <h3>. */
export function remarkShiftHeadings(options: { by: number }) {
  return (tree: Root) => shift(tree.children, options.by);
}
