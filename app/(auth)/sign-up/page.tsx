import type { Metadata } from "next";
import { Suspense } from "react";
import { AuthForm } from "@/components/auth/auth-form";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <section className="auth-page">
      <h1>Create an account</h1>
      <p>Optional: the course works without one. An account keeps your progress across devices and lets you join a classroom.</p>
      <Suspense>
        <AuthForm mode="sign-up" />
      </Suspense>
    </section>
  );
}
