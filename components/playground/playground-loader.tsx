"use client";
// The playground renders in the browser only: it reads localStorage while
// creating its state and loads Monaco and Pyodide.
import dynamic from "next/dynamic";
import styles from "./playground.module.css";

export const PlaygroundLoader = dynamic(() => import("./playground"), {
  ssr: false,
  loading: () => (
    <div className={styles.playground}>
      <p>Loading the playground…</p>
    </div>
  ),
});
