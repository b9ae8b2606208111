// A small remark plugin for pipe tables (| a | b |), which plain Markdown
// lacks: exercise instructions use them for request/response tables. The
// course does not depend on remark-gfm for this one construct. Without the
// plugin, a table is parsed as one paragraph whose text holds the pipes and
// whose inline code stays separate nodes; this splits that paragraph into
// rows and cells and leaves inline code (which may hold `|`) intact.
import type { Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from "mdast";

type AlignType = Table["align"] extends (infer A)[] | null | undefined ? A : never;

const DELIMITER_CELL = /^\s*(:?)-{3,}(:?)\s*$/;

/** Splits phrasing content at newlines in text nodes. */
function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type !== "text") {
      lines[lines.length - 1].push(child);
      continue;
    }
    child.value.split("\n").forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part) lines[lines.length - 1].push({ type: "text", value: part });
    });
  }
  return lines;
}

/** Splits one line at `|` in text nodes; drops the empty cells outside leading and trailing pipes. */
function splitCells(line: PhrasingContent[]): PhrasingContent[][] {
  const cells: PhrasingContent[][] = [[]];
  for (const node of line) {
    if (node.type !== "text") {
      cells[cells.length - 1].push(node);
      continue;
    }
    node.value.split("|").forEach((part, index) => {
      if (index > 0) cells.push([]);
      if (part) cells[cells.length - 1].push({ type: "text", value: part });
    });
  }
  const blank = (cell: PhrasingContent[]) => cell.every((n) => n.type === "text" && n.value.trim() === "");
  if (cells.length > 1 && blank(cells[0])) cells.shift();
  if (cells.length > 1 && blank(cells[cells.length - 1])) cells.pop();
  return cells.map(trimCell);
}

function trimCell(cell: PhrasingContent[]): PhrasingContent[] {
  const nodes = cell.map((node) => ({ ...node }));
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (first?.type === "text") first.value = first.value.trimStart();
  if (last?.type === "text") last.value = last.value.trimEnd();
  return nodes.filter((node) => node.type !== "text" || node.value !== "");
}

function cellText(cell: PhrasingContent[]): string | null {
  return cell.every((node) => node.type === "text") ? cell.map((node) => (node as { value: string }).value).join("") : null;
}

/** The table a paragraph spells with pipes, or null when it is an ordinary paragraph. */
export function tableFromParagraph(paragraph: Paragraph): Table | null {
  const first = paragraph.children[0];
  if (first?.type !== "text" || !first.value.trimStart().startsWith("|")) return null;
  const lines = splitLines(paragraph.children);
  if (lines.length < 2) return null;
  const delimiter = splitCells(lines[1]).map(cellText);
  if (delimiter.length === 0 || delimiter.some((text) => text === null || !DELIMITER_CELL.test(text))) return null;
  const align: AlignType[] = delimiter.map((text) => {
    const [, left, right] = DELIMITER_CELL.exec(text as string) ?? [];
    return left && right ? "center" : right ? "right" : left ? "left" : null;
  });
  const rows = [lines[0], ...lines.slice(2)].filter((line) => line.length > 0);
  const children: TableRow[] = rows.map((line) => {
    const cells = splitCells(line);
    // Rows are padded or cut to the header's width, as GitHub does.
    const width: TableCell[] = align.map((_, index) => ({ type: "tableCell", children: cells[index] ?? [] }));
    return { type: "tableRow", children: width };
  });
  return { type: "table", align, children };
}

function transform(parent: { children: RootContent[] }): void {
  parent.children = parent.children.map((child) => {
    if (child.type === "paragraph") return tableFromParagraph(child) ?? child;
    if ("children" in child && Array.isArray(child.children)) transform(child as { children: RootContent[] });
    return child;
  });
}

/** remark plugin: `remarkPlugins: [remarkPipeTables]`. */
export function remarkPipeTables() {
  return (tree: Root) => transform(tree);
}
