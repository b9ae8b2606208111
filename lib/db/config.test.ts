import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSqliteFile, parseDatabaseUrl, projectRoot } from "./config.mjs";

describe("parseDatabaseUrl", () => {
  it("defaults to an SQLite file in data/", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ provider: "sqlite", file: defaultSqliteFile, url: `file:${defaultSqliteFile}` });
    expect(parseDatabaseUrl("  ")).toMatchObject({ provider: "sqlite" });
  });

  it("resolves relative file: URLs from the project root", () => {
    expect(parseDatabaseUrl("file:./tmp/x.db")).toMatchObject({ provider: "sqlite", file: path.join(projectRoot, "tmp/x.db") });
  });

  it("selects PostgreSQL for postgres URLs", () => {
    expect(parseDatabaseUrl("postgresql://u@127.0.0.1:5432/db")).toEqual({ provider: "postgres", url: "postgresql://u@127.0.0.1:5432/db" });
    expect(parseDatabaseUrl("postgres://u@h/db").provider).toBe("postgres");
  });

  it("names DATABASE_URL when the URL is not understood", () => {
    expect(() => parseDatabaseUrl("mysql://x")).toThrow(/^DATABASE_URL: /);
    expect(() => parseDatabaseUrl("file:")).toThrow(/^DATABASE_URL: /);
  });
});
