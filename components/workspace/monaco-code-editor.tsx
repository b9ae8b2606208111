"use client";
// The Monaco part of the workspace: one model per file, highlighting by file
// kind (Python, templates, CSS...), ruff lint markers on Python files, and the
// workspace shortcuts bound inside the editor.
// Loaded with next/dynamic (ssr: false) from code-editor.tsx: Monaco needs the DOM.
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import type { SourceFiles } from "@/lib/python-runtime/types";
import { fileLanguage } from "@/lib/workspace/file-language";
import { EDITOR_THEMES, setUpMonaco } from "./monaco-setup";
import { lintPython } from "./ruff-tools";

const monaco = setUpMonaco();
type CodeEditorInstance = Parameters<OnMount>[0];

export interface MonacoCodeEditorProps {
  /** Keeps models of different exercises apart. */
  exerciseSlug: string;
  /** Every file the tabs show: learner files and read-only ones. */
  files: SourceFiles;
  readOnly: ReadonlySet<string>;
  activeFile: string;
  theme: "light" | "dark";
  onChange: (file: string, source: string) => void;
  onRun: () => void;
  onSave: () => void;
}

const modelUri = (slug: string, file: string) => monaco.Uri.parse(`file:///${slug}/${file}`);
const LINT_DELAY_MS = 350;

// On a phone-sized editor long lines wrap (indented under their start)
// instead of running off the side.
const NARROW = "(max-width: 40rem)";

function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const media = window.matchMedia(NARROW);
    const onChange = () => setNarrow(media.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return narrow;
}

export default function MonacoCodeEditor(props: MonacoCodeEditorProps) {
  const { exerciseSlug, files, readOnly, activeFile, theme, onChange } = props;
  const [editor, setEditor] = useState<CodeEditorInstance | null>(null);
  const narrow = useNarrowScreen();
  // Latest callbacks for commands registered once at mount.
  const commands = useRef({ run: props.onRun, save: props.onSave });
  useEffect(() => {
    commands.current = { run: props.onRun, save: props.onSave };
  }, [props.onRun, props.onSave]);

  // Bring models in line with the workspace's files after a reset, a format
  // or loading the solution. pushEditOperations keeps the change undoable.
  useEffect(() => {
    if (!editor) return;
    for (const [file, source] of Object.entries(files)) {
      const model = monaco.editor.getModel(modelUri(exerciseSlug, file));
      if (!model || model.getValue() === source) continue;
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: source }], () => null);
      model.pushStackElement();
    }
  }, [editor, files, exerciseSlug]);

  // Lint the learner's files shortly after they change, and when a tab opens
  // (its model, and so its markers, exist only once it has been shown).
  useEffect(() => {
    if (!editor) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      for (const [file, source] of Object.entries(files)) {
        if (readOnly.has(file) || !fileLanguage(file).python) continue;
        try {
          const markers = await lintPython(source);
          const model = monaco.editor.getModel(modelUri(exerciseSlug, file));
          if (cancelled || !model) return;
          monaco.editor.setModelMarkers(model, "ruff", markers);
        } catch (error) {
          // Lint is a help, not a requirement: without ruff the editor still works.
          console.warn("ruff lint unavailable:", error);
          return;
        }
      }
    }, LINT_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [editor, files, readOnly, exerciseSlug, activeFile]);

  const handleMount: OnMount = (instance, api) => {
    instance.addCommand(api.KeyMod.CtrlCmd | api.KeyCode.Enter, () => commands.current.run());
    instance.addCommand(api.KeyMod.CtrlCmd | api.KeyCode.KeyS, () => commands.current.save());
    setEditor(instance);
  };

  const isReadOnly = readOnly.has(activeFile);
  const language = fileLanguage(activeFile);
  return (
    <Editor
      height="100%"
      path={modelUri(exerciseSlug, activeFile).toString()}
      language={language.editor}
      defaultValue={files[activeFile] ?? ""}
      theme={EDITOR_THEMES[theme]}
      loading={<p>Loading the editor…</p>}
      onMount={handleMount}
      onChange={(value) => {
        if (!isReadOnly && value !== undefined) onChange(activeFile, value);
      }}
      options={{
        ariaLabel: `${activeFile}${isReadOnly ? " (read only)" : ""}: ${language.label} editor`,
        readOnly: isReadOnly,
        readOnlyMessage: { value: "Tests are read only: edit your own files." },
        minimap: { enabled: false },
        tabSize: language.python ? 4 : 2,
        insertSpaces: true,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        renderWhitespace: "selection",
        wordWrap: narrow ? "on" : "off",
        wrappingIndent: "indent",
        fontSize: narrow ? 13 : 14,
        fixedOverflowWidgets: true,
      }}
    />
  );
}
