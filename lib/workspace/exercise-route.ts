// Shared by the exercise route handlers (hidden tests, solution): validates
// the slug, maps "no such exercise" to 404, and never lets a response be cached
// (what the browser receives is decided per request).
import { NextResponse } from "next/server";
import { ExerciseNotFoundError } from "../exercises/loader";
import { ExerciseSlugSchema } from "../exercises/schema";

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function jsonNoStore(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

/** Runs `load` for a valid slug; answers 404 for an invalid or unknown one, 500 for a broken exercise. */
export async function withExercise(slug: string, load: (slug: string) => Promise<NextResponse>): Promise<NextResponse> {
  if (!ExerciseSlugSchema.safeParse(slug).success) return jsonNoStore({ error: "exercise not found" }, 404);
  try {
    return await load(slug);
  } catch (error) {
    if (error instanceof ExerciseNotFoundError) return jsonNoStore({ error: "exercise not found" }, 404);
    // A malformed exercise is a content bug: log the loader's precise message, tell the browser little.
    console.error(`exercise ${slug} could not be loaded:`, error);
    return jsonNoStore({ error: "exercise could not be loaded" }, 500);
  }
}
