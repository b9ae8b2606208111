// POST /api/exercises/<slug>/solution -> { files: { "app.py": "..." } }
// The workspace offers the reference solution after a pass or after several
// failed submissions; that is a teaching choice made in the browser, so the
// route itself answers every request.
import { loadExercise } from "@/lib/exercises/loader";
import { jsonNoStore, withExercise } from "@/lib/workspace/exercise-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function POST(_request: Request, { params }: Context) {
  const { slug } = await params;
  return withExercise(slug, async (valid) => jsonNoStore({ files: (await loadExercise(valid)).solution }));
}
