"use client";
// Sends one request to the learner's app inside the sandbox (callApp) and
// shows the answer: a way to poke at the API before the tests do.
import { useId, useState, type FormEvent } from "react";
import type { PublicExercise } from "@/lib/exercises/types";
import type { AppCallResult, SourceFiles } from "@/lib/python-runtime/types";
import { appEntries } from "@/lib/workspace/browser-grading";
import { EXPLORER_METHODS, buildExplorerRequest, formatResponseBody, statusLine, type ExplorerMethod } from "@/lib/workspace/explorer-request";
import { getPythonRuntime } from "./python-runtime";
import { SwaggerDocs } from "./swagger-docs";
import styles from "./workspace.module.css";

interface Props {
  exercise: PublicExercise;
  files: SourceFiles;
}

export function ApiExplorer({ exercise, files }: Props) {
  const entries = appEntries(exercise);
  const id = useId();
  const [entry, setEntry] = useState(entries[0].file);
  const [method, setMethod] = useState<ExplorerMethod>("GET");
  const [path, setPath] = useState("/");
  const [query, setQuery] = useState("");
  const [body, setBody] = useState("");
  const [sending, setSending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [result, setResult] = useState<AppCallResult | null>(null);
  const framework = entries.find((item) => item.file === entry)?.framework ?? "flask";

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const built = buildExplorerRequest({ method, path, query, body });
    if (!built.ok) {
      setFormError(built.error);
      return;
    }
    setFormError(null);
    setNote(built.note);
    setSending(true);
    try {
      const runtime = getPythonRuntime();
      await runtime.boot();
      setResult(await runtime.callApp(files, entry, built.request, { timeoutMs: exercise.timeLimitMs }));
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <div className={styles.explorer}>
      <form className={styles.explorerForm} onSubmit={send} aria-label="Send a request to your app">
        {entries.length > 1 ? (
          <label>
            App
            <select value={entry} onChange={(event) => setEntry(event.target.value)} className={styles.input}>
              {entries.map((item) => (
                <option key={item.file} value={item.file}>
                  {item.framework === "flask" ? "Flask" : "FastAPI"} ({item.file})
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className={styles.requestLine}>
          <label>
            Method
            <select value={method} onChange={(event) => setMethod(event.target.value as ExplorerMethod)} className={styles.input}>
              {EXPLORER_METHODS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label className={styles.grow}>
            Path
            <input className={styles.input} value={path} onChange={(event) => setPath(event.target.value)} spellCheck={false} placeholder="/items/1" />
          </label>
        </div>
        <label>
          Query parameters
          <input className={styles.input} value={query} onChange={(event) => setQuery(event.target.value)} spellCheck={false} placeholder="verbose=true&limit=10" />
        </label>
        <label>
          JSON body
          <textarea
            className={`${styles.input} ${styles.code}`}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            rows={4}
            spellCheck={false}
            placeholder='{"name": "Lamp", "price": 19.5}'
          />
        </label>
        <div>
          <button type="submit" className={styles.primaryButton} disabled={sending}>
            {sending ? "Sending…" : "Send request"}
          </button>
        </div>
        {formError ? (
          <p role="alert" className={styles.errorText}>
            {formError}
          </p>
        ) : null}
      </form>

      <div aria-live="polite" aria-labelledby={`${id}-response`}>
        <h3 id={`${id}-response`} className={styles.panelHeading}>
          Response
        </h3>
        {note ? <p className={styles.muted}>{note}</p> : null}
        <ResponseView result={result} />
      </div>

      {framework === "fastapi" ? <SwaggerDocs files={files} entry={entry} timeoutMs={exercise.timeLimitMs} /> : null}
    </div>
  );
}

function ResponseView({ result }: { result: AppCallResult | null }) {
  if (!result) return <p className={styles.muted}>No request sent yet.</p>;
  if (result.error || !result.response) {
    return (
      <div className={styles.problem} role="alert">
        <p>{result.error?.message ?? "The app did not answer."}</p>
        {result.error?.traceback.length ? <pre className={styles.traceback}>{result.error.traceback.join("\n")}</pre> : null}
      </div>
    );
  }
  const { response } = result;
  const ok = response.status < 400;
  return (
    <div className={styles.response}>
      <p>
        Status{" "}
        <strong className={ok ? styles.statusOk : styles.statusBad} data-testid="response-status">
          {statusLine(response.status)}
        </strong>{" "}
        <span className={styles.muted}>({Math.round(result.durationMs)} ms)</span>
      </p>
      <details>
        <summary>Headers ({Object.keys(response.headers).length})</summary>
        <dl className={styles.headers}>
          {Object.entries(response.headers).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      <pre className={styles.responseBody} aria-label="Response body">
        {formatResponseBody(response) || "(empty body)"}
      </pre>
      {result.stdout || result.stderr ? (
        <pre className={styles.console} aria-label="Output while handling the request">
          {result.stdout}
          <span className={styles.stderr}>{result.stderr}</span>
        </pre>
      ) : null}
    </div>
  );
}
