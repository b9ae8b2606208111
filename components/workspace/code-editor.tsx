"use client";
// File tabs above the editor. The tabs are plain React so they work (and are
// keyboard-accessible) before Monaco has loaded; Monaco itself is loaded only
// in the browser.
import dynamic from "next/dynamic";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { fileTabId, tabIndexForKey } from "@/lib/workspace/tab-keys";
import type { MonacoCodeEditorProps } from "./monaco-code-editor";
import styles from "./workspace.module.css";

const MonacoCodeEditor = dynamic(() => import("./monaco-code-editor"), {
  ssr: false,
  loading: () => <p className={styles.editorLoading}>Loading the editor…</p>,
});

export interface CodeEditorProps extends MonacoCodeEditorProps {
  onActiveFileChange: (file: string) => void;
  /** A line under the code: save state, shortcuts. */
  footer?: ReactNode;
}

export function CodeEditor({ footer, ...props }: CodeEditorProps) {
  const { exerciseSlug, files, readOnly, activeFile, onActiveFileChange } = props;
  const names = Object.keys(files);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  // Arrow keys, Home and End move between tabs, as in the WAI-ARIA tabs pattern.
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target = tabIndexForKey(event.key, index, names.length);
    if (target === null) return;
    event.preventDefault();
    onActiveFileChange(names[target]);
    tabs.current[target]?.focus();
  };

  return (
    <div className={styles.editor}>
      <div role="tablist" aria-label="Files" className={styles.fileTabs}>
        {names.map((name, index) => (
          <button
            key={name}
            ref={(node) => {
              tabs.current[index] = node;
            }}
            id={fileTabId(exerciseSlug, name)}
            type="button"
            role="tab"
            aria-selected={name === activeFile}
            aria-controls={`${fileTabId(exerciseSlug, "panel")}`}
            tabIndex={name === activeFile ? 0 : -1}
            className={styles.fileTab}
            onClick={() => onActiveFileChange(name)}
            onKeyDown={(event) => onTabKeyDown(event, index)}
          >
            {name}
            {readOnly.has(name) ? <span className={styles.readOnlyTag}> (read only)</span> : null}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={fileTabId(exerciseSlug, "panel")}
        aria-labelledby={fileTabId(exerciseSlug, activeFile)}
        className={styles.editorSurface}
      >
        <MonacoCodeEditor {...props} />
      </div>
      {footer ? <p className={styles.editorFooter}>{footer}</p> : null}
    </div>
  );
}
