// Checks shared by the app's own state-changing route handlers.
// Session cookies are SameSite=Lax already; checking Origin as well refuses
// a forged cross-site request even from an older browser.
import { NextResponse } from "next/server";

export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  try {
    return new URL(origin).host === new URL(request.url).host || new URL(origin).host === request.headers.get("host");
  } catch {
    return false;
  }
}

export function refuseCrossOrigin(request: Request): NextResponse | null {
  return isSameOrigin(request) ? null : NextResponse.json({ error: "cross-origin request refused" }, { status: 403 });
}

/** Parses a JSON body, or answers 400 naming the problem. */
export async function readJson(request: Request, maxBytes = 256 * 1024): Promise<{ ok: true; value: unknown } | { ok: false; response: NextResponse }> {
  const text = await request.text();
  if (text.length > maxBytes) return { ok: false, response: NextResponse.json({ error: `request body over ${maxBytes} bytes` }, { status: 413 }) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: NextResponse.json({ error: "request body is not valid JSON" }, { status: 400 }) };
  }
}
