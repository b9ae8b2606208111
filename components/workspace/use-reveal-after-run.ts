"use client";
// After Run or Submit, the learner should see the verdict without looking for
// it: the result's headline is scrolled into view, and it gets the focus
// (screen readers read it) unless the learner started the run from where
// they type (Ctrl+Enter in the editor keeps the caret where it was).
import { useCallback, useMemo, useRef } from "react";

const NARROW = "(max-width: 59.99rem)";
const TYPING = ".monaco-editor, input, textarea, select, [contenteditable]";

export function useRevealAfterRun() {
  const pending = useRef<{ focusWasOn: Element | null } | null>(null);

  /** Call when a run starts. */
  const expect = useCallback(() => {
    pending.current = { focusWasOn: document.activeElement };
  }, []);

  /** Call when it ended, with what to show (the headline, or an error). */
  const settle = useCallback((target: HTMLElement | null) => {
    if (!pending.current || !target) return;
    const { focusWasOn } = pending.current;
    pending.current = null;
    // On a phone the workspace is part of the page: put the verdict at the
    // top, with the checks under it. Beside a lesson, move as little as needed.
    const narrow = window.matchMedia(NARROW).matches;
    target.scrollIntoView({ block: narrow ? "start" : "nearest" });
    const typing = focusWasOn instanceof Element && focusWasOn.closest(TYPING) !== null;
    if (!typing) target.focus({ preventScroll: true });
  }, []);

  return useMemo(() => ({ expect, settle }), [expect, settle]);
}
