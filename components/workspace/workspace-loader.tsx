"use client";
// The workspace renders in the browser only: it reads localStorage while
// creating its state and loads Monaco, Pyodide and ruff, none of which exist
// on the server. The server page still renders the lesson text at once.
import dynamic from "next/dynamic";
import { useEffect } from "react";
import type { LessonWorkspaceProps } from "./lesson-workspace";
import { getPythonRuntime } from "./python-runtime";
import styles from "./workspace.module.css";

const LessonWorkspace = dynamic(() => import("./lesson-workspace"), {
  ssr: false,
  loading: () => (
    <div className={styles.workspace}>
      <p className={styles.muted}>Loading the workspace…</p>
    </div>
  ),
});

export function WorkspaceLoader(props: LessonWorkspaceProps) {
  // Start Python at hydration, before the workspace's own code has loaded:
  // Pyodide takes seconds, and the learner is reading meanwhile. The status
  // bar attaches to this same boot (boot() is shared and safe to repeat);
  // it also reports a failure, so none is handled here.
  useEffect(() => {
    getPythonRuntime()
      .boot()
      .catch(() => {});
  }, []);
  return <LessonWorkspace {...props} />;
}
