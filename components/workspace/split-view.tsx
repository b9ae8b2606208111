"use client";
// Editor above, results below, and a bar between them that the learner can
// drag (or move with the arrow keys) to give one of them more room. The
// share is remembered in this browser. On a narrow screen the two simply
// stack and the page scrolls (see workspace.module.css), so the bar hides.
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import { clampShare, DEFAULT_EDITOR_SHARE, readSplitShare, shareForKey, writeSplitShare } from "@/lib/workspace/split-share";
import styles from "./workspace.module.css";

interface Props {
  /** Names the remembered share, e.g. "lesson" or "playground". */
  storageKey: string;
  top: ReactNode;
  bottom: ReactNode;
  /** What the bar separates, for screen readers. */
  label: string;
}

export function SplitView({ storageKey, top, bottom, label }: Props) {
  // Rendered in the browser only (the lesson workspace and the playground
  // load with ssr: false), so the remembered share is read right away.
  const [share, setShare] = useState(() => readSplitShare(window.localStorage, storageKey));
  const container = useRef<HTMLDivElement | null>(null);
  const dragging = useRef(false);

  const commit = useCallback(
    (next: number) => {
      const value = clampShare(next);
      setShare(value);
      writeSplitShare(window.localStorage, storageKey, value);
    },
    [storageKey],
  );

  const shareAt = (clientY: number) => {
    const box = container.current?.getBoundingClientRect();
    return box && box.height > 0 ? (clientY - box.top) / box.height : share;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) setShare(clampShare(shareAt(event.clientY)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    commit(shareAt(event.clientY));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = shareForKey(event.key, share);
    if (next === null) return;
    event.preventDefault();
    commit(next);
  };

  const percent = Math.round(share * 100);
  return (
    <div ref={container} className={styles.split} style={{ gridTemplateRows: `minmax(7rem, ${percent}fr) auto minmax(8rem, ${100 - percent}fr)` }}>
      <div className={styles.splitTop}>{top}</div>
      <div
        className={styles.splitBar}
        role="separator"
        aria-orientation="horizontal"
        aria-label={label}
        aria-valuemin={20}
        aria-valuemax={80}
        aria-valuenow={percent}
        aria-valuetext={`Editor ${percent}%, results ${100 - percent}%`}
        tabIndex={0}
        title="Drag, or use the arrow keys, to share the height between editor and results (double-click resets)"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onDoubleClick={() => commit(DEFAULT_EDITOR_SHARE)}
        onKeyDown={onKeyDown}
      >
        <span className={styles.splitGrip} aria-hidden="true" />
      </div>
      <div className={styles.splitBottom}>{bottom}</div>
    </div>
  );
}
