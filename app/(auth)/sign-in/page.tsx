import type { Metadata } from "next";
import { Suspense } from "react";
import { AuthForm } from "@/components/auth/auth-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <section className="auth-page">
      <h1>Sign in</h1>
      <p>Your progress is saved to your account, and you can join a classroom.</p>
      <Suspense>
        <AuthForm mode="sign-in" />
      </Suspense>
    </section>
  );
}
