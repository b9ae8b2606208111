// What this browser knows about the learner's work, gathered for the account
// after sign-in (POST /api/progress/merge). The server trusts none of the
// "passed" flags: it grades that code again before recording a pass.
import { draftKey } from "../workspace/drafts";
import { readProgress, type KeyValueStorage } from "./local-progress";

export interface LocalMergeItem {
  exerciseSlug: string;
  files?: Record<string, string>;
  passed: boolean;
}

type Enumerable = KeyValueStorage & { readonly length: number; key(index: number): string | null };

function draftFiles(storage: KeyValueStorage, slug: string): Record<string, string> | undefined {
  try {
    const stored = JSON.parse(storage.getItem(draftKey(slug)) ?? "null") as { files?: unknown } | null;
    const files = stored?.files;
    if (files && typeof files === "object" && Object.values(files).every((v) => typeof v === "string")) return files as Record<string, string>;
  } catch {
    // an unreadable draft is simply not merged
  }
  return undefined;
}

export function collectLocalWork(storage: Enumerable): LocalMergeItem[] {
  const progress = readProgress(storage);
  const prefix = draftKey("");
  const slugs = new Set(Object.keys(progress.exercises));
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) slugs.add(key.slice(prefix.length));
  }
  return [...slugs].sort().map((slug) => ({
    exerciseSlug: slug,
    files: draftFiles(storage, slug),
    passed: progress.exercises[slug]?.completedAt != null,
  }));
}

/** Sends local work to the account; failures only cost the merge, never the sign-in. */
export async function mergeLocalWork(storage: Enumerable): Promise<void> {
  const items = collectLocalWork(storage);
  if (items.length === 0) return;
  try {
    await fetch("/api/progress/merge", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ items }) });
  } catch {
    // offline or server busy: the code is still in this browser
  }
}
