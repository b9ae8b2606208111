// The course's better-auth settings, apart from the Next.js cookie plugin, so
// that tests can run several auth instances on one database the way several
// server instances do. Everything an instance must share with the others is
// in the database it is given: users, sessions and rate-limit counters.
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Db } from "@/lib/db/client";
import { trustedProxies } from "@/lib/hosting/hosted-config.mjs";
import { authSecret } from "./secret";

type Env = Record<string, string | undefined>;

const numberFromEnv = (env: Env, name: string, fallback: number) => {
  const value = Number(env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function courseAuthOptions(db: Db, provider: "sqlite" | "postgres", env: Env = process.env) {
  return {
    appName: "Flask to FastAPI",
    database: prismaAdapter(db, { provider: provider === "postgres" ? "postgresql" : "sqlite" }),
    secret: authSecret(env),
    // A fixed public URL when hosted; on a laptop or in tests, whichever
    // loopback host and port the server was started on.
    baseURL: env.BETTER_AUTH_URL || {
      allowedHosts: ["localhost:*", "127.0.0.1:*", "localhost", "127.0.0.1"],
      fallback: "http://localhost:3000",
      protocol: "http" as const,
    },
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    user: {
      additionalFields: { role: { type: "string" as const, defaultValue: "learner", input: false } },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      // In the database (the rate_limit table), not in this process's memory:
      // otherwise every instance would allow its own 5 sign-ins a minute.
      storage: "database" as const,
      window: 60,
      max: 200,
      customRules: {
        "/sign-in/email": { window: 60, max: numberFromEnv(env, "AUTH_SIGN_IN_LIMIT_PER_MINUTE", 5) },
        "/sign-up/email": { window: 60, max: numberFromEnv(env, "AUTH_SIGN_UP_LIMIT_PER_MINUTE", 10) },
      },
    },
    // The client's address comes from X-Forwarded-For: a single entry as the
    // load balancer (or Next.js, for a direct connection) sets it, or, behind
    // a chain of proxies, the last entry that is not one of TRUSTED_PROXIES.
    advanced: { ipAddress: { trustedProxies: trustedProxies(env) } },
    telemetry: { enabled: false },
  };
}
