"use client";
// The FastAPI app's own interactive docs: its OpenAPI document (from the
// sandbox) rendered by Swagger UI, served from /vendor/swagger-ui/. "Try it
// out" requests never reach the network: a requestInterceptor gives each
// request a `userFetch` that calls the app in the sandbox through callApp.
import { useEffect, useRef, useState } from "react";
import type { SourceFiles } from "@/lib/python-runtime/types";
import { httpRequestFromFetch, responsePartsFromHttp, withSandboxServer, type FetchInit } from "@/lib/workspace/explorer-request";
import { useEffectiveTheme } from "@/components/theme/theme";
import { getPythonRuntime } from "./python-runtime";
import "./swagger-theme.css";
import styles from "./workspace.module.css";

const SWAGGER_SCRIPT = "/vendor/swagger-ui/swagger-ui-bundle.js";
const SWAGGER_STYLES = "/vendor/swagger-ui/swagger-ui.css";

interface SwaggerRequest {
  url: string;
  userFetch?: (url: string, init: FetchInit) => Promise<Response>;
  [key: string]: unknown;
}

interface SwaggerOptions {
  spec: unknown;
  domNode: HTMLElement;
  deepLinking: boolean;
  tryItOutEnabled: boolean;
  requestInterceptor: (request: SwaggerRequest) => SwaggerRequest;
}

declare global {
  interface Window {
    SwaggerUIBundle?: (options: SwaggerOptions) => unknown;
  }
}

let swaggerLoading: Promise<void> | null = null;

function loadSwaggerUi(): Promise<void> {
  if (window.SwaggerUIBundle) return Promise.resolve();
  swaggerLoading ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = SWAGGER_STYLES;
    document.head.append(link);
    const script = document.createElement("script");
    script.src = SWAGGER_SCRIPT;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      swaggerLoading = null;
      reject(new Error("Swagger UI could not be loaded from /vendor/swagger-ui/ (run `node scripts/copy-ui-assets.mjs`)."));
    };
    document.head.append(script);
  });
  return swaggerLoading;
}

interface Props {
  files: SourceFiles;
  entry: string;
  timeoutMs: number;
}

export function SwaggerDocs({ files, entry, timeoutMs }: Props) {
  const host = useRef<HTMLDivElement | null>(null);
  // Try-it-out uses the code as it is when the request is sent, not when the docs were drawn.
  const latest = useRef({ files, entry, timeoutMs });
  useEffect(() => {
    latest.current = { files, entry, timeoutMs };
  }, [files, entry, timeoutMs]);
  const [state, setState] = useState<{ kind: "idle" | "loading" | "shown" } | { kind: "failed"; message: string }>({ kind: "idle" });
  const theme = useEffectiveTheme();

  const sandboxFetch = async (url: string, init: FetchInit): Promise<Response> => {
    const current = latest.current;
    const request = httpRequestFromFetch(url, init, window.location.href);
    const result = await getPythonRuntime().callApp(current.files, current.entry, request, { timeoutMs: current.timeoutMs });
    if (!result.response) throw new Error(result.error?.message ?? "The app did not answer.");
    const parts = responsePartsFromHttp(result.response);
    return new Response(parts.body, parts.init);
  };

  const render = async () => {
    setState({ kind: "loading" });
    try {
      const runtime = getPythonRuntime();
      await runtime.boot();
      const [result] = await Promise.all([runtime.openApi(files, entry, { timeoutMs }), loadSwaggerUi()]);
      if (!result.response || result.response.status !== 200) {
        throw new Error(result.error?.message ?? `GET /openapi.json answered ${result.response?.status}.`);
      }
      // The page's own address would be wrong in the request URL and the curl
      // line: the requests go to the app in the sandbox.
      const spec = withSandboxServer(result.response.json ?? JSON.parse(result.response.body));
      if (!host.current || !window.SwaggerUIBundle) throw new Error("Swagger UI is not available.");
      host.current.replaceChildren();
      window.SwaggerUIBundle({
        spec,
        domNode: host.current,
        deepLinking: false,
        tryItOutEnabled: false,
        requestInterceptor: (request) => {
          request.userFetch = sandboxFetch;
          return request;
        },
      });
      setState({ kind: "shown" });
    } catch (error) {
      setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className={styles.docs} aria-labelledby="docs-heading">
      <h3 id="docs-heading" className={styles.panelHeading}>
        Interactive docs (from your app&apos;s OpenAPI)
      </h3>
      <p className={styles.muted}>
        FastAPI describes your app in an OpenAPI document at <code>/openapi.json</code>. Swagger UI draws it here;
        &ldquo;Try it out&rdquo; sends requests to your code in this page&apos;s Python sandbox, which FastAPI&apos;s test
        client calls <code>http://testserver</code>. On your own machine, <code>uvicorn app:app</code> serves the same docs at{" "}
        <code>http://127.0.0.1:8000/docs</code>.
      </p>
      <button type="button" className={styles.secondaryButton} onClick={render} disabled={state.kind === "loading"}>
        {state.kind === "loading" ? "Building the docs…" : state.kind === "shown" ? "Refresh the docs from my code" : "Show the interactive docs"}
      </button>
      {state.kind === "failed" ? (
        <p role="alert" className={styles.errorText}>
          {state.message}
        </p>
      ) : null}
      <div ref={host} className={`${styles.swaggerHost} ${theme === "dark" ? "swagger-dark" : ""}`} />
    </section>
  );
}
