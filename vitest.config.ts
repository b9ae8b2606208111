import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside React's server build; tests are server code.
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/security/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/postgres.global.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "content",
          include: ["tests/content/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One browser and one server: run files one after another.
          fileParallelism: false,
          // A real browser on a busy 2-core machine: a failed test gets a second
          // try, and `npm test` names every test that needed one (flaky).
          retry: 1,
        },
      },
    ],
  },
});
