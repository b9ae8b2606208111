// Keeps a signed-in learner's latest code in their account as well as in
// this browser (PUT /api/progress/<slug>/code). Anonymous learners get a 401
// once; after that the page stops asking until it is reloaded.
import type { SourceFiles } from "../python-runtime/types";

export type AccountSaveResult = "saved" | "signed-out" | "failed";

export function createAccountCodeSync(fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  let signedOut = false;
  return async function push(slug: string, files: SourceFiles): Promise<AccountSaveResult> {
    if (signedOut) return "signed-out";
    try {
      const response = await fetchImpl(`/api/progress/${encodeURIComponent(slug)}/code`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ files }),
      });
      if (response.status === 401) {
        signedOut = true;
        return "signed-out";
      }
      return response.ok ? "saved" : "failed";
    } catch {
      return "failed";
    }
  };
}
