// rehype plugins shared by lessons (MDX) and exercise Markdown:
//   - code blocks highlighted on the server (highlighter.ts);
//   - tables wrapped in a box that scrolls sideways on a narrow screen
//     instead of widening the page (focusable when it does scroll, see
//     components/focusable-overflow.tsx).
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { highlightToHast } from "./highlighter";

type Parent = Root | Element;

function textOf(node: ElementContent | RootContent): string {
  if (node.type === "text") return (node as Text).value;
  if ("children" in node) return (node.children as ElementContent[]).map(textOf).join("");
  return "";
}

/** `language-python` -> `python`. */
function fenceLanguage(code: Element): string | null {
  const classes: unknown = code.properties?.className;
  const list = Array.isArray(classes) ? classes.map(String) : typeof classes === "string" ? classes.split(/\s+/) : [];
  const found = list.find((name) => name.startsWith("language-"));
  return found ? found.slice("language-".length) : null;
}

function highlighted(pre: Element): Element | null {
  const code = pre.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
  if (!code) return null;
  const tree = highlightToHast(textOf(code), fenceLanguage(code));
  const shikiPre = tree.children.find((child): child is Element => child.type === "element" && child.tagName === "pre");
  return shikiPre ?? null;
}

function scrollBox(table: Element): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["table-scroll"] },
    children: [table],
  };
}

function transform(parent: Parent): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== "element") return child;
    if (child.tagName === "pre") return highlighted(child) ?? child;
    if (child.tagName === "table") return scrollBox(child);
    transform(child);
    return child;
  }) as typeof parent.children;
}

/** rehype plugin: `rehypePlugins: [rehypeCourse]`. */
export function rehypeCourse() {
  return (tree: Root) => transform(tree);
}
