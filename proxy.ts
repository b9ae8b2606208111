// Runs before every API request: refuses loads of API URLs that the app
// itself never makes (see lib/http/fetch-metadata.ts).
import { NextResponse, type NextRequest } from "next/server";
import { apiRequestAllowed } from "@/lib/http/fetch-metadata";

export function proxy(request: NextRequest) {
  if (!apiRequestAllowed(request.headers)) {
    return NextResponse.json({ error: "This kind of request is not answered by the API." }, { status: 403 });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/api/:path*"] };
