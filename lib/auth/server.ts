// Accounts: email and password through better-auth on our Prisma client.
// better-auth hashes passwords (scrypt), keeps the session in an httpOnly
// cookie, checks the Origin of state-changing requests against the trusted
// origins (CSRF) and rate-limits sign-in and sign-up per client address.
// Sessions and rate-limit counters live in the database, so any number of
// instances behind a load balancer share them.
import "server-only";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { databaseConfig } from "@/lib/db/config.mjs";
import { courseAuthOptions } from "./options";

function createAuth() {
  return betterAuth({ ...courseAuthOptions(getDb(), databaseConfig().provider), plugins: [nextCookies()] });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { courseAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.courseAuth ??= createAuth();
  return globalForAuth.courseAuth;
}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
}

/** The signed-in user of the current request, or null. */
export async function currentUser(requestHeaders?: Headers): Promise<SignedInUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders ?? (await headers()) });
  if (!session) return null;
  const { id, name, email } = session.user;
  return { id, name, email };
}
