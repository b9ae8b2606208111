"use client";
// Results, Console and API explorer as tabs under the editor. All three stay
// mounted (inactive ones are hidden) so the explorer keeps its request and
// answer while the learner looks at the results.
import { useRef } from "react";
import type { PublicExercise } from "@/lib/exercises/types";
import type { SourceFiles } from "@/lib/python-runtime/types";
import { tabIndexForKey } from "@/lib/workspace/tab-keys";
import { ApiExplorer } from "./api-explorer";
import { ConsoleOutput } from "./console-output";
import { ResultsPanel } from "./feedback-panel";
import type { ConsoleLine, RunOutcome } from "./use-exercise-runner";
import styles from "./workspace.module.css";

export type Panel = "results" | "console" | "explorer";
const PANELS: { id: Panel; label: string }[] = [
  { id: "results", label: "Results" },
  { id: "console", label: "Console" },
  { id: "explorer", label: "API explorer" },
];

interface Props {
  panel: Panel;
  onPanelChange: (panel: Panel) => void;
  exercise: PublicExercise;
  files: SourceFiles;
  outcome: RunOutcome | null;
  consoleLines: ConsoleLine[];
  /** What is running right now, or null. */
  busyText: string | null;
}

export function OutputPanels({ panel, onPanelChange, exercise, files, outcome, consoleLines, busyText }: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  return (
    <div className={styles.panels}>
      <div role="tablist" aria-label="Output" className={styles.panelTabs}>
        {PANELS.map((item, index) => (
          <button
            key={item.id}
            ref={(node) => {
              tabs.current[index] = node;
            }}
            type="button"
            role="tab"
            id={`panel-tab-${item.id}`}
            aria-controls={`panel-${item.id}`}
            aria-selected={panel === item.id}
            tabIndex={panel === item.id ? 0 : -1}
            className={styles.panelTab}
            onClick={() => onPanelChange(item.id)}
            onKeyDown={(event) => {
              const target = tabIndexForKey(event.key, index, PANELS.length);
              if (target === null) return;
              event.preventDefault();
              onPanelChange(PANELS[target].id);
              tabs.current[target]?.focus();
            }}
          >
            {item.label}
            {item.id === "console" && consoleLines.length > 0 ? " •" : ""}
          </button>
        ))}
      </div>
      {PANELS.map((item) => (
        <div
          key={item.id}
          role="tabpanel"
          id={`panel-${item.id}`}
          aria-labelledby={`panel-tab-${item.id}`}
          className={styles.panelBody}
          tabIndex={0}
          hidden={panel !== item.id}
        >
          {item.id === "results" ? <ResultsPanel outcome={outcome} busyText={busyText} /> : null}
          {item.id === "console" ? <ConsoleOutput lines={consoleLines} busy={busyText !== null} /> : null}
          {item.id === "explorer" ? <ApiExplorer exercise={exercise} files={files} /> : null}
        </div>
      ))}
    </div>
  );
}
