"use client";
// The path of a new playground file, checked by the playground's rules
// (lib/workspace/playground-files.ts). The reason a path is refused shows
// under the input and is read out; Enter creates, Escape cancels.
import { useId, useState, type KeyboardEvent } from "react";
import type { SourceFiles } from "@/lib/python-runtime/types";
import { LIMITS_IN_WORDS, newFileProblem } from "@/lib/workspace/playground-files";
import workspace from "@/components/workspace/workspace.module.css";
import styles from "./playground.module.css";

interface NewFileFormProps {
  files: SourceFiles;
  onCreate: (path: string) => void;
  onCancel: () => void;
}

export function NewFileForm({ files, onCreate, onCancel }: NewFileFormProps) {
  const [path, setPath] = useState("");
  // Shown from the first attempt on, then kept up to date as the path is
  // corrected: a reason flashing at every keystroke of a half-typed path
  // would only be noise, to the eye and to a screen reader.
  const [attempted, setAttempted] = useState(false);
  const id = useId();
  const problem = attempted ? newFileProblem(path.trim(), files) : null;

  const create = () => {
    setAttempted(true);
    if (newFileProblem(path.trim(), files) === null) onCreate(path.trim());
  };

  // On the form, so Escape also cancels from its buttons.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form
      className={styles.newFile}
      aria-label="New file"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        create();
      }}
    >
      <label htmlFor={`${id}-path`}>Path of the new file</label>
      <div className={styles.newFileRow}>
        <input
          id={`${id}-path`}
          className={`${workspace.input} ${workspace.code} ${styles.newFilePath}`}
          value={path}
          onChange={(event) => setPath(event.target.value)}
          placeholder="templates/index.html"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          autoFocus
          aria-invalid={problem !== null}
          aria-describedby={`${id}-problem ${id}-hint`}
        />
        <button type="submit" className={workspace.secondaryButton}>
          Create
        </button>
        <button type="button" className={workspace.secondaryButton} onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p id={`${id}-problem`} className={styles.newFileProblem} aria-live="polite">
        {problem}
      </p>
      <p id={`${id}-hint`} className={styles.newFileHint}>
        Folders with /, for example templates/index.html or static/site.css; {LIMITS_IN_WORDS}. Enter creates the file, Escape cancels.
      </p>
    </form>
  );
}
