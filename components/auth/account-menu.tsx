"use client";
// The header's account links. The session is read in the browser, so the
// pages around it stay static (prerendered at build time). Until the answer
// arrives the menu keeps its place empty rather than guessing.
import Link from "next/link";
import { authClient } from "@/lib/auth/client";
import { AccountProgressSync } from "./account-progress-sync";
import { SignOutButton } from "./sign-out-button";

export function AccountMenu() {
  const { data, isPending } = authClient.useSession();
  if (isPending) return <span className="account-menu" aria-hidden="true" />;
  if (!data) {
    return (
      <span className="account-menu">
        <Link href="/sign-in">Sign in</Link>
      </span>
    );
  }
  return (
    <span className="account-menu">
      <AccountProgressSync userId={data.user.id} />
      <Link href="/progress">My progress</Link>
      <Link href="/classrooms">Classrooms</Link>
      <span className="account-name">
        <span className="visually-hidden">Signed in as </span>
        {data.user.name}
      </span>
      <SignOutButton />
    </span>
  );
}
