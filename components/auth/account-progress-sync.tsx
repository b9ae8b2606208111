"use client";
// Brings the account's passes into this browser's progress once per page
// load, so a learner who passed an exercise on another device sees it
// complete here too. Renders nothing.
import { useEffect } from "react";
import { z } from "zod";
import { updateProgress, withAccountPasses } from "@/lib/progress/local-progress";

const accountProgress = z.object({
  progress: z.array(z.object({ exerciseSlug: z.string().max(200), status: z.string(), firstPassedAt: z.string().nullable() })).max(10_000),
});

const synced = new Set<string>();

export function AccountProgressSync({ userId }: { userId: string }) {
  useEffect(() => {
    if (synced.has(userId)) return;
    synced.add(userId);
    fetch("/api/progress", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        const parsed = accountProgress.safeParse(body);
        if (!parsed.success) return;
        const passes = parsed.data.progress.flatMap((entry) =>
          entry.status === "passed" && entry.firstPassedAt ? [{ exerciseSlug: entry.exerciseSlug, firstPassedAt: entry.firstPassedAt }] : [],
        );
        updateProgress(window.localStorage, (progress) => withAccountPasses(progress, passes));
      })
      .catch(() => {
        // Offline or signed out meanwhile: this browser's own progress still shows.
        synced.delete(userId);
      });
  }, [userId]);
  return null;
}
