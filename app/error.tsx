"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Your work in the editor is saved in this browser.</p>
      {error.digest ? <p>Reference: <code>{error.digest}</code></p> : null}
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Back to the course</Link>
      </p>
    </section>
  );
}
