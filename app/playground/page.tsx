import type { Metadata } from "next";
import { PlaygroundLoader } from "@/components/playground/playground-loader";

export const metadata: Metadata = { title: "Python playground" };

export default function PlaygroundPage() {
  return (
    <>
      <h1>Python playground</h1>
      <p>
        Try things out with Flask, FastAPI, Pydantic and pytest: edit <code>app.py</code> and its tests, add templates, static files or data with New file, then run the app or the tests. Python runs in
        your browser (Pyodide in a Web Worker); nothing is sent to a server, and your code is kept in this browser.
      </p>
      <PlaygroundLoader />
    </>
  );
}
