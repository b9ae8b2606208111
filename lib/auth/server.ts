// Accounts: email and password through better-auth on our Prisma client.
// better-auth hashes passwords (scrypt), keeps the session in an httpOnly
// cookie, checks the Origin of state-changing requests against the trusted
// origins (CSRF) and rate-limits sign-in and sign-up per client address.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { databaseConfig } from "@/lib/db/config.mjs";
import { authSecret } from "./secret";

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

function createAuth() {
  return betterAuth({
    appName: "Flask to FastAPI",
    database: prismaAdapter(getDb(), { provider: databaseConfig().provider === "postgres" ? "postgresql" : "sqlite" }),
    secret: authSecret(),
    // A fixed public URL when hosted; on a laptop or in tests, whichever
    // loopback host and port the server was started on.
    baseURL: process.env.BETTER_AUTH_URL || {
      allowedHosts: ["localhost:*", "127.0.0.1:*", "localhost", "127.0.0.1"],
      fallback: "http://localhost:3000",
      protocol: "http",
    },
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    user: {
      additionalFields: { role: { type: "string", defaultValue: "learner", input: false } },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 200,
      customRules: {
        "/sign-in/email": { window: 60, max: numberFromEnv("AUTH_SIGN_IN_LIMIT_PER_MINUTE", 5) },
        "/sign-up/email": { window: 60, max: numberFromEnv("AUTH_SIGN_UP_LIMIT_PER_MINUTE", 10) },
      },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
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
