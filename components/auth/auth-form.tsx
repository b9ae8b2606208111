"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { mergeLocalWork } from "@/lib/progress/local-merge";

type Mode = "sign-in" | "sign-up";

/** Only same-site paths, so a crafted link cannot send people elsewhere. */
function safeNext(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

function explain(status: number | undefined, message: string | undefined): string {
  if (status === 429) return "Too many attempts. Wait a minute, then try again.";
  return message || "Something went wrong. Please try again.";
}

export function AuthForm({ mode }: { mode: Mode }) {
  const router = useRouter();
  const next = safeNext(useSearchParams().get("next"));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setPending(true);
    setError(null);
    const result =
      mode === "sign-up"
        ? await authClient.signUp.email({ name: String(form.get("name") ?? "").trim(), email, password })
        : await authClient.signIn.email({ email, password });
    if (result.error) {
      setPending(false);
      setError(explain(result.error.status, result.error.message));
      return;
    }
    // Work done before signing in joins the account (passes are re-graded by the server).
    await mergeLocalWork(window.localStorage);
    router.push(next);
    router.refresh();
  }

  return (
    <form className="auth-form" onSubmit={onSubmit} aria-describedby={error ? "auth-error" : undefined}>
      {mode === "sign-up" ? (
        <label>
          Name
          <input name="name" autoComplete="name" required maxLength={80} />
        </label>
      ) : null}
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete={mode === "sign-up" ? "new-password" : "current-password"} required minLength={8} maxLength={128} />
      </label>
      {error ? (
        <p id="auth-error" role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
      <p>
        {mode === "sign-up" ? (
          <>
            Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}
