"use client";
// Tabs under the editor (Instructions, Results, Console, API explorer in a
// lesson; Output and Tests in the playground). Every panel stays mounted and
// inactive ones are hidden, so the explorer keeps its request and a scrolled
// console keeps its place while the learner looks elsewhere.
import { useRef, type ReactNode } from "react";
import { tabIndexForKey } from "@/lib/workspace/tab-keys";
import styles from "./workspace.module.css";

export interface PanelSpec<Id extends string> {
  id: Id;
  label: string;
  /** A dot after the label: something new to see there. */
  marked?: boolean;
  content: ReactNode;
}

interface Props<Id extends string> {
  /** Keeps the ids of two tab sets on one page apart. */
  idPrefix: string;
  label: string;
  panels: PanelSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}

export function PanelTabs<Id extends string>({ idPrefix, label, panels, selected, onSelect }: Props<Id>) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  return (
    <div className={styles.panels}>
      <div role="tablist" aria-label={label} className={styles.panelTabs}>
        {panels.map((panel, index) => (
          <button
            key={panel.id}
            ref={(node) => {
              tabs.current[index] = node;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${panel.id}`}
            aria-controls={`${idPrefix}-panel-${panel.id}`}
            aria-selected={selected === panel.id}
            tabIndex={selected === panel.id ? 0 : -1}
            className={styles.panelTab}
            onClick={() => onSelect(panel.id)}
            onKeyDown={(event) => {
              const target = tabIndexForKey(event.key, index, panels.length);
              if (target === null) return;
              event.preventDefault();
              onSelect(panels[target].id);
              tabs.current[target]?.focus();
            }}
          >
            {panel.label}
            {panel.marked ? (
              <>
                <span aria-hidden="true"> •</span>
                <span className={styles.visuallyHidden}> (new)</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      {panels.map((panel) => (
        <div
          key={panel.id}
          role="tabpanel"
          id={`${idPrefix}-panel-${panel.id}`}
          aria-labelledby={`${idPrefix}-tab-${panel.id}`}
          className={styles.panelBody}
          tabIndex={0}
          hidden={selected !== panel.id}
        >
          {panel.content}
        </div>
      ))}
    </div>
  );
}
