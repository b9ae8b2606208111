import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

const html = async (markdown: string) => renderToStaticMarkup(await renderMarkdown(markdown, "test.md"));

describe("pipe tables in exercise Markdown", () => {
  it("renders a table with a header row and inline code that holds pipes", async () => {
    const out = await html(
      ["| Request | Response |", "| --- | ---: |", "| `GET /hello` | `200`, JSON `{\"a\": \"x|y\"}` |", "| `POST /x` | `201` |"].join("\n"),
    );
    expect(out).toContain("<table>");
    expect(out).toMatch(/<thead>\s*<tr>\s*<th>Request<\/th>\s*<th style="text-align:right">Response<\/th>/);
    expect(out).toContain("<td><code>GET /hello</code></td>");
    expect(out).toContain('<td style="text-align:right"><code>200</code>, JSON <code>{&quot;a&quot;: &quot;x|y&quot;}</code></td>');
    expect(out).toContain("<td><code>POST /x</code></td>");
  });

  it("leaves ordinary paragraphs with pipes alone", async () => {
    const out = await html("| not a table\nbecause there is no delimiter row");
    expect(out).not.toContain("<table>");
    expect(out).toContain("<p>| not a table");
  });

  it("keeps plain Markdown semantics: angle brackets and braces are text, not JSX", async () => {
    const out = await html("Use `/hello/<name>` and {item_id} in the path.");
    expect(out).toContain("<code>/hello/&lt;name&gt;</code>");
    expect(out).toContain("{item_id}");
  });
});

describe("heading levels", () => {
  it("moves headings down when asked, so the page keeps one <h1>", async () => {
    const out = renderToStaticMarkup(await renderMarkdown("# Title\n\n## Part\n\n###### Deep", "test.md", { shiftHeadings: 2 }));
    expect(out).toBe("<h3>Title</h3>\n<h4>Part</h4>\n<h6>Deep</h6>");
  });
});
