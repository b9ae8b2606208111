import type { Metadata } from "next";
import { Playground } from "@/components/playground/playground";

export const metadata: Metadata = { title: "Python playground" };

export default function PlaygroundPage() {
  return (
    <>
      <h1>Python playground</h1>
      <p>
        Write a small Flask or FastAPI app and its tests. Python runs in your browser (Pyodide in a Web Worker): nothing is
        sent to a server.
      </p>
      <Playground />
    </>
  );
}
