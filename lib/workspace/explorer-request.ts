// Turns what the learner typed in the API explorer (and what Swagger UI's
// "Try it out" sends) into the runtime's `HttpRequest`, and the runtime's
// `HttpResponse` back into a fetch `Response` for Swagger UI. Pure, so the
// parsing rules are unit-tested.
import type { HttpRequest, HttpResponse } from "../python-runtime/types";

export const EXPLORER_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type ExplorerMethod = (typeof EXPLORER_METHODS)[number];

export interface ExplorerForm {
  method: ExplorerMethod;
  /** `/items/1`, optionally with `?query`. */
  path: string;
  /** `a=1&b=2`, with or without a leading `?`. */
  query: string;
  /** JSON text; empty for no body. */
  body: string;
}

export type BuiltRequest =
  | { ok: true; request: HttpRequest; note: string | null }
  | { ok: false; error: string };

const METHODS_WITHOUT_BODY = new Set(["GET", "HEAD"]);

/** `a=1&a=2&b=` -> { a: ["1", "2"], b: "" }, keeping repeated keys as lists. */
export function parseQuery(text: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text.trim().replace(/^\?/, ""))) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

function mergeQueries(...queries: Record<string, string | string[]>[]): Record<string, string | string[]> {
  const merged: Record<string, string | string[]> = {};
  for (const query of queries) {
    for (const [key, value] of Object.entries(query)) {
      const existing = merged[key];
      const values = Array.isArray(value) ? value : [value];
      if (existing === undefined) merged[key] = value;
      else merged[key] = [...(Array.isArray(existing) ? existing : [existing]), ...values];
    }
  }
  return merged;
}

export function buildExplorerRequest(form: ExplorerForm): BuiltRequest {
  const rawPath = form.path.trim();
  if (!rawPath.startsWith("/")) return { ok: false, error: "The path must start with /, for example /items/1." };
  if (/\s/.test(rawPath)) return { ok: false, error: "The path cannot contain spaces; encode them as %20." };
  const [pathOnly, pathQuery = ""] = rawPath.split(/\?(.*)/s, 2);
  const query = mergeQueries(parseQuery(pathQuery), parseQuery(form.query));
  const request: HttpRequest = { method: form.method, path: pathOnly, query };

  const bodyText = form.body.trim();
  if (!bodyText) return { ok: true, request, note: null };
  if (METHODS_WITHOUT_BODY.has(form.method)) {
    return { ok: false, error: `A ${form.method} request has no body. Clear the body, or choose POST, PUT or PATCH.` };
  }
  try {
    return { ok: true, request: { ...request, json: JSON.parse(bodyText) }, note: null };
  } catch (error) {
    // Sending malformed JSON on purpose is instructive: FastAPI answers 422
    // (json_invalid), Flask 400. So send it as is and say so.
    return {
      ok: true,
      request: { ...request, body: form.body, headers: { "content-type": "application/json" } },
      note: `The body is not valid JSON (${(error as Error).message}); it was sent as is.`,
    };
  }
}

/** What Swagger UI's `userFetch` receives as its second argument. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string> | Headers | [string, string][];
  body?: unknown;
}

function headerRecord(headers: FetchInit["headers"]): Record<string, string> {
  const record: Record<string, string> = {};
  if (!headers) return record;
  const entries = headers instanceof Headers ? [...headers.entries()] : Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [name, value] of entries) record[name.toLowerCase()] = String(value);
  return record;
}

/**
 * Swagger UI's request (an absolute URL on the page's origin) as a request to
 * the learner's app: only path, query, headers and body matter, nothing goes
 * to the network.
 */
export function httpRequestFromFetch(url: string, init: FetchInit, base: string): HttpRequest {
  const parsed = new URL(url, base);
  const request: HttpRequest = {
    method: (init.method ?? "GET").toUpperCase(),
    path: parsed.pathname,
    query: parseQuery(parsed.search),
    headers: headerRecord(init.headers),
  };
  const { body } = init;
  if (body === undefined || body === null || body === "") return request;
  if (typeof body === "string") return { ...request, body };
  if (body instanceof URLSearchParams) {
    return { ...request, form: Object.fromEntries(body.entries()) };
  }
  if (typeof FormData !== "undefined" && body instanceof FormData) {
    // Only text fields can cross into the sandbox; file uploads are out of scope for the course.
    const form: Record<string, string> = {};
    for (const [key, value] of body.entries()) {
      if (typeof value !== "string") throw new Error("File uploads cannot be sent from the docs here; use text fields.");
      form[key] = value;
    }
    return { ...request, form };
  }
  throw new Error("This kind of request body cannot be sent to the sandbox.");
}

// Statuses whose responses must not carry a body (the Response constructor throws otherwise).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export interface ResponseParts {
  body: string | null;
  init: { status: number; headers: [string, string][] };
}

/** The pieces of a fetch `Response` for an app's answer. */
export function responsePartsFromHttp(response: HttpResponse): ResponseParts {
  return {
    body: NULL_BODY_STATUSES.has(response.status) ? null : response.body,
    init: {
      status: response.status,
      // set-cookie cannot be set on a constructed Response; it means nothing here anyway.
      headers: Object.entries(response.headers).filter(([name]) => name.toLowerCase() !== "set-cookie"),
    },
  };
}

/** Pretty-printed JSON when the body is JSON, the text otherwise. */
export function formatResponseBody(response: HttpResponse): string {
  if (response.json !== undefined) return JSON.stringify(response.json, null, 2);
  try {
    return JSON.stringify(JSON.parse(response.body), null, 2);
  } catch {
    return response.body;
  }
}

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  500: "Internal Server Error",
};

/** `422 Unprocessable Content`; just the number for codes the course does not meet. */
export function statusLine(status: number): string {
  const text = STATUS_TEXT[status];
  return text ? `${status} ${text}` : String(status);
}

/** The address the app answers at in the sandbox: what Starlette's test client sends as the host. */
export const SANDBOX_SERVER_URL = "http://testserver";

/**
 * The OpenAPI document with a `servers` entry for the sandbox, unless the
 * app declares its own servers. Without one, Swagger UI shows the course
 * page's address in its request URL and curl line, which is not where the
 * request goes.
 */
export function withSandboxServer(spec: unknown): unknown {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) return spec;
  const servers = (spec as { servers?: unknown }).servers;
  if (Array.isArray(servers) && servers.length > 0) return spec;
  return { ...spec, servers: [{ url: SANDBOX_SERVER_URL, description: "Your app in this page's Python sandbox" }] };
}
