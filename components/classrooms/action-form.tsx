"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/app/classrooms/actions";

/** A form bound to a server action that reports a message back. */
export function ActionForm({ action, children, label }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; children: ReactNode; label: string }) {
  const [state, formAction, pending] = useActionState(action, { message: null, error: false });
  return (
    <form action={formAction} aria-label={label} className="stack-form">
      {children}
      <button type="submit" className="button" disabled={pending}>
        {label}
      </button>
      {state.message ? (
        <p role={state.error ? "alert" : "status"} className={state.error ? "form-error" : "form-ok"}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
