"use client";
// The learner's files for one exercise: restored from the autosaved draft,
// saved (debounced) as they type, saved at once on Ctrl/Cmd+S, Run and
// Submit, and reset to the starter on request.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PublicExercise } from "@/lib/exercises/types";
import type { SourceFiles } from "@/lib/python-runtime/types";
import { createAccountCodeSync } from "@/lib/workspace/account-code-sync";
import { clearDraft, debounce, loadDraft, sameFiles, saveDraft } from "@/lib/workspace/drafts";

const AUTOSAVE_DELAY_MS = 800;
// The account copy is written less often than the browser's own.
const ACCOUNT_SAVE_DELAY_MS = 4000;
const pushToAccount = createAccountCodeSync();

export type SaveState = { kind: "starter" } | { kind: "restored" } | { kind: "unsaved" } | { kind: "saved"; at: Date } | { kind: "failed" };

export function useExerciseFiles(exercise: PublicExercise) {
  const { slug, starter } = exercise;
  // This component only renders in the browser (see WorkspaceLoader), so the
  // draft can be read while creating the state, without a flash of the starter.
  const [initial] = useState(() => loadDraft(window.localStorage, slug, starter));
  const [files, setFiles] = useState<SourceFiles>(initial ?? starter);
  const [saveState, setSaveState] = useState<SaveState>(initial ? { kind: "restored" } : { kind: "starter" });
  const latest = useRef(files);

  const autosave = useMemo(
    () =>
      debounce((next: SourceFiles) => {
        const ok = saveDraft(window.localStorage, slug, next, new Date());
        setSaveState(ok ? { kind: "saved", at: new Date() } : { kind: "failed" });
      }, AUTOSAVE_DELAY_MS),
    [slug],
  );
  const accountSave = useMemo(() => debounce((next: SourceFiles) => void pushToAccount(slug, next), ACCOUNT_SAVE_DELAY_MS), [slug]);

  // Leaving the page must not lose the last keystrokes.
  useEffect(() => {
    const flush = () => {
      autosave.flush();
      accountSave.flush();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [autosave, accountSave]);

  const change = useCallback(
    (next: SourceFiles) => {
      if (sameFiles(next, latest.current)) return;
      latest.current = next;
      setFiles(next);
      setSaveState({ kind: "unsaved" });
      autosave.call(next);
      accountSave.call(next);
    },
    [autosave, accountSave],
  );

  const updateFile = useCallback((name: string, source: string) => change({ ...latest.current, [name]: source }), [change]);
  const replaceFiles = useCallback((next: SourceFiles) => change({ ...latest.current, ...next }), [change]);

  const saveNow = useCallback(() => {
    autosave.cancel();
    accountSave.cancel();
    const ok = saveDraft(window.localStorage, slug, latest.current, new Date());
    setSaveState(ok ? { kind: "saved", at: new Date() } : { kind: "failed" });
    void pushToAccount(slug, latest.current);
  }, [autosave, accountSave, slug]);

  const resetToStarter = useCallback(() => {
    autosave.cancel();
    accountSave.cancel();
    clearDraft(window.localStorage, slug);
    latest.current = starter;
    setFiles(starter);
    setSaveState({ kind: "starter" });
  }, [autosave, accountSave, slug, starter]);

  return { files, saveState, updateFile, replaceFiles, saveNow, resetToStarter };
}
