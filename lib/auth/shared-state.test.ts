// Two auth instances on one database, as two server instances behind a load
// balancer: the sign-in limit is one limit, not one per instance, and a
// session made by one is accepted by the other. On SQLite and PostgreSQL.
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/config.mjs";
import { openTestDb, testDatabases } from "@/tests/unit/test-databases";
import { courseAuthOptions } from "./options";

const PUBLIC_URL = "https://course.example.test";
const env = { BETTER_AUTH_SECRET: randomBytes(32).toString("hex"), BETTER_AUTH_URL: PUBLIC_URL };

/** A client address of its own per use, so counters from other tests never mix in. */
let lastAddress = 0;
const clientAddress = () => `198.51.100.${++lastAddress}`;

function post(path: string, body: unknown, headers: Record<string, string>) {
  return new Request(`${PUBLIC_URL}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: PUBLIC_URL, ...headers },
    body: JSON.stringify(body),
  });
}

for (const database of testDatabases()) {
  describe.skipIf(!database.url)(`auth shared by two instances on ${database.name}${database.url ? "" : ` (skipped: ${database.skipReason})`}`, () => {
    const clients: Db[] = [];
    const createInstance = (db: Db) => betterAuth(courseAuthOptions(db, parseDatabaseUrl(database.url!).provider, env));
    let instances: ReturnType<typeof createInstance>[];
    const email = `shared-${process.pid}-${Date.now()}@example.test`;
    const password = "a long enough password";

    beforeAll(async () => {
      clients.push(await openTestDb(database.url!), createDb(database.url!));
      // Separate clients and auth objects: nothing is shared but the database.
      instances = clients.map(createInstance);
      const signUp = await instances[0].handler(post("/sign-up/email", { name: "Shared", email, password }, { "x-forwarded-for": clientAddress() }));
      expect(signUp.status).toBe(200);
    });
    afterAll(async () => Promise.all(clients.map((db) => db.$disconnect())));

    it("refuses the sixth sign-in attempt in a minute on either instance", async () => {
      const address = clientAddress();
      const attempt = (instance: number) =>
        instances[instance].handler(post("/sign-in/email", { email, password: "wrong password" }, { "x-forwarded-for": address }));
      const statuses: number[] = [];
      for (const instance of [0, 1, 0, 1, 0]) statuses.push((await attempt(instance)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      const sixth = await attempt(1);
      expect(sixth.status).toBe(429);
      expect(Number(sixth.headers.get("x-retry-after"))).toBeGreaterThan(0);
      expect((await attempt(0)).status).toBe(429);
      // Counted in the database, where other processes see it (better-auth's
      // memory storage is shared by instances in one process, so the statuses
      // alone would not tell).
      const row = await clients[1].rateLimit.findUnique({ where: { key: `${address}|/sign-in/email` } });
      expect(row?.count).toBe(5);
      // Another address has its own limit.
      expect((await instances[1].handler(post("/sign-in/email", { email, password }, { "x-forwarded-for": clientAddress() }))).status).toBe(200);
    });

    it("lets exactly five of many simultaneous attempts through", async () => {
      const address = clientAddress();
      // SQLite serves one instance (README, "Hosting"): its attempts all go to one.
      const spread = database.name === "PostgreSQL" ? instances.length : 1;
      const attempts = Array.from({ length: 12 }, (_, i) =>
        instances[i % spread].handler(post("/sign-in/email", { email, password: "wrong password" }, { "x-forwarded-for": address })),
      );
      const statuses = (await Promise.all(attempts)).map((response) => response.status);
      expect(statuses.filter((status) => status !== 429)).toHaveLength(5);
    });

    it("accepts on one instance a session made on the other", async () => {
      const signIn = await instances[0].handler(post("/sign-in/email", { email, password }, { "x-forwarded-for": clientAddress() }));
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const session = await instances[1].api.getSession({ headers: new Headers({ cookie }) });
      expect(session?.user.email).toBe(email);
      const signOut = await instances[1].handler(post("/sign-out", {}, { cookie }));
      expect(signOut.status).toBe(200);
      expect(await instances[0].api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    });
  });
}
