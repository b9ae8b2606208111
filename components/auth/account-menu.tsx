import Link from "next/link";
import { currentUser } from "@/lib/auth/server";
import { SignOutButton } from "./sign-out-button";

export async function AccountMenu() {
  const user = await currentUser();
  if (!user) {
    return (
      <span className="account-menu">
        <Link href="/sign-in">Sign in</Link>
      </span>
    );
  }
  return (
    <span className="account-menu">
      <Link href="/progress">My progress</Link>
      <Link href="/classrooms">Classrooms</Link>
      <span aria-label="Signed in as">{user.name}</span>
      <SignOutButton />
    </span>
  );
}
