import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadLessons } from "../lessons";
import { renderMarkdown, renderMdx } from "./render-markdown";

const html = async (markdown: string) => renderToStaticMarkup(await renderMarkdown(markdown, "test.md"));
const mdxHtml = async (mdx: string) => renderToStaticMarkup(await renderMdx(mdx, "test.mdx"));

describe("tables (GitHub Flavored Markdown)", () => {
  it("renders a pipe table with alignment, inline code and an escaped pipe, in a scroll box", async () => {
    const out = await html(["| Request | Response |", "| --- | ---: |", "| `GET /hello` | `200`, `a \\| b` |", "| `POST /x` | `201` |"].join("\n"));
    expect(out).toMatch(/^<div class="table-scroll"><table>/);
    expect(out).toMatch(/<th>Request<\/th>\s*<th style="text-align:right">Response<\/th>/);
    expect(out).toContain("<td><code>GET /hello</code></td>");
    expect(out).toContain('<td style="text-align:right"><code>200</code>, <code>a | b</code></td>');
  });

  it("renders tables in lessons (MDX) too", async () => {
    const out = await mdxHtml("Codes:\n\n| status | meaning |\n| --- | --- |\n| `422` | invalid |\n");
    expect(out).toContain("<table>");
    expect(out).toContain("<td><code>422</code></td>");
    expect(out).not.toContain("| --- |");
  });

  it("leaves ordinary paragraphs with pipes alone", async () => {
    const out = await html("| not a table\nbecause there is no delimiter row");
    expect(out).not.toContain("<table>");
    expect(out).toContain("<p>| not a table");
  });
});

describe("code blocks", () => {
  it("highlights Python on the server with the light and the dark colours", async () => {
    const out = await html("```python\ndef hello():\n    return {'ok': True}\n```");
    expect(out).toMatch(/^<pre class="shiki shiki-themes light-plus dark-plus" style="[^"]*--shiki-dark-bg:#1E1E1E[^"]*">/);
    // `def` is a keyword in both themes: an inline light colour and a dark variable.
    expect(out).toMatch(/<span style="color:#0000FF;--shiki-dark:#569CD6">def<\/span>/);
    expect(out).not.toContain("language-python");
  });

  it("keeps a fence with an unknown or no language as plain text in the same frame", async () => {
    for (const fence of ["```\nGET /items HTTP/1.1\n```", "```http\nGET /items HTTP/1.1\n```"]) {
      const out = await html(fence);
      expect(out).toMatch(/^<pre class="shiki/);
      expect(out).toContain("GET /items HTTP/1.1");
    }
  });

  it("highlights a lesson's runnable block like any other", async () => {
    const out = await mdxHtml("```python runnable\nprint('hi')\n```\n");
    expect(out).toContain('class="shiki');
    expect(out).toContain("print");
  });
});

describe("plain Markdown semantics for exercises", () => {
  it("reads angle brackets and braces as text, not JSX", async () => {
    const out = await html("Use `/hello/<name>` and {item_id} in the path.");
    expect(out).toContain("<code>/hello/&lt;name&gt;</code>");
    expect(out).toContain("{item_id}");
  });

  it("moves headings down when asked, so the page keeps one <h1>", async () => {
    const out = renderToStaticMarkup(await renderMarkdown("# Title\n\n## Part\n\n###### Deep", "test.md", { shiftHeadings: 2 }));
    expect(out).toBe("<h3>Title</h3>\n<h4>Part</h4>\n<h6>Deep</h6>");
  });

  it("names the file when the text does not compile", async () => {
    await expect(renderMdx("<div>unclosed", "lessons/99-broken.mdx")).rejects.toThrow(/^lessons\/99-broken\.mdx: body: MDX does not compile/);
  });
});

describe("every lesson", () => {
  it("renders with its tables as tables and no raw delimiter rows", async () => {
    for (const lesson of loadLessons()) {
      const out = renderToStaticMarkup(await renderMdx(lesson.body, lesson.file));
      expect(out, lesson.file).not.toMatch(/\|\s*:?-{3,}:?\s*\|/);
      if (/^\|.*\|\s*$/m.test(lesson.body)) expect(out, lesson.file).toContain("<table>");
    }
  });
});
