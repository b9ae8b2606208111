import { describe, expect, it } from "vitest";
import {
  buildExplorerRequest,
  formatResponseBody,
  httpRequestFromFetch,
  parseQuery,
  responsePartsFromHttp,
  statusLine,
  withSandboxServer,
  type ExplorerForm,
} from "./explorer-request";

const form = (overrides: Partial<ExplorerForm>): ExplorerForm => ({ method: "GET", path: "/", query: "", body: "", ...overrides });

describe("parseQuery", () => {
  it("keeps repeated keys as lists and accepts a leading ?", () => {
    expect(parseQuery("?a=1&a=2&b=")).toEqual({ a: ["1", "2"], b: "" });
    expect(parseQuery("verbose=true")).toEqual({ verbose: "true" });
    expect(parseQuery("  ")).toEqual({});
  });

  it("decodes percent-encoding", () => {
    expect(parseQuery("name=Ada%20Lovelace&q=a+b")).toEqual({ name: "Ada Lovelace", q: "a b" });
  });
});

describe("buildExplorerRequest", () => {
  it("builds a GET with the query from the path and from the query field", () => {
    const built = buildExplorerRequest(form({ path: "/health?verbose=true", query: "x=1" }));
    expect(built).toEqual({ ok: true, note: null, request: { method: "GET", path: "/health", query: { verbose: "true", x: "1" } } });
  });

  it("parses a JSON body", () => {
    const built = buildExplorerRequest(form({ method: "POST", path: "/items", body: '{"name": "Lamp", "price": 0}' }));
    expect(built.ok && built.request.json).toEqual({ name: "Lamp", price: 0 });
  });

  it("sends malformed JSON as raw text with a note", () => {
    const built = buildExplorerRequest(form({ method: "POST", path: "/items", body: "{name: Lamp}" }));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.request.json).toBeUndefined();
    expect(built.request.body).toBe("{name: Lamp}");
    expect(built.request.headers).toEqual({ "content-type": "application/json" });
    expect(built.note).toMatch(/not valid JSON/);
  });

  it("rejects a path without a leading slash or with spaces", () => {
    expect(buildExplorerRequest(form({ path: "items" }))).toMatchObject({ ok: false, error: expect.stringMatching(/start with \//) });
    expect(buildExplorerRequest(form({ path: "/a b" }))).toMatchObject({ ok: false });
  });

  it("rejects a body on GET", () => {
    expect(buildExplorerRequest(form({ path: "/items", body: "{}" }))).toMatchObject({ ok: false, error: expect.stringMatching(/GET request has no body/) });
  });
});

describe("httpRequestFromFetch", () => {
  it("keeps path, query, lower-cased headers and a string body", () => {
    const request = httpRequestFromFetch(
      "http://127.0.0.1:3000/items?limit=2",
      { method: "post", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: '{"a":1}' },
      "http://127.0.0.1:3000/lessons/x",
    );
    expect(request).toEqual({
      method: "POST",
      path: "/items",
      query: { limit: "2" },
      headers: { "content-type": "application/json", accept: "application/json" },
      body: '{"a":1}',
    });
  });

  it("resolves relative URLs and turns URLSearchParams into a form", () => {
    const request = httpRequestFromFetch("/login", { method: "POST", body: new URLSearchParams({ user: "ada" }) }, "http://h/");
    expect(request).toMatchObject({ path: "/login", form: { user: "ada" } });
  });

  it("refuses file uploads instead of dropping them silently", () => {
    const body = new FormData();
    body.append("file", new Blob(["x"]), "x.txt");
    expect(() => httpRequestFromFetch("/upload", { method: "POST", body }, "http://h/")).toThrow(/File uploads/);
  });
});

describe("responses", () => {
  it("drops the body for 204 and set-cookie headers", () => {
    const parts = responsePartsFromHttp({ status: 204, headers: { "set-cookie": "a=1", "x-a": "1" }, body: "" });
    expect(parts).toEqual({ body: null, init: { status: 204, headers: [["x-a", "1"]] } });
    expect(() => new Response(parts.body, parts.init)).not.toThrow();
  });

  it("pretty-prints JSON bodies and leaves text alone", () => {
    expect(formatResponseBody({ status: 200, headers: {}, body: '{"a":1}', json: { a: 1 } })).toBe('{\n  "a": 1\n}');
    expect(formatResponseBody({ status: 200, headers: {}, body: '{"b":2}' })).toBe('{\n  "b": 2\n}');
    expect(formatResponseBody({ status: 404, headers: {}, body: "<h1>Not Found</h1>" })).toBe("<h1>Not Found</h1>");
  });
});

describe("statusLine", () => {
  it("names common statuses", () => {
    expect(statusLine(422)).toBe("422 Unprocessable Content");
    expect(statusLine(418)).toBe("418");
  });
});

describe("withSandboxServer", () => {
  it("points Swagger UI at the sandbox when the app declares no servers", () => {
    const spec = { openapi: "3.1.0", paths: {} };
    expect(withSandboxServer(spec)).toEqual({ ...spec, servers: [{ url: "http://testserver", description: expect.any(String) }] });
    expect(spec).not.toHaveProperty("servers");
  });

  it("keeps the app's own servers, and leaves what is not a document alone", () => {
    const spec = { openapi: "3.1.0", servers: [{ url: "/api/v1" }] };
    expect(withSandboxServer(spec)).toBe(spec);
    expect(withSandboxServer(null)).toBeNull();
    expect(withSandboxServer([1])).toEqual([1]);
  });
});
