import { describe, expect, it } from "vitest";
import { apiRequestAllowed } from "./fetch-metadata";

const withDestination = (destination?: string) => new Headers(destination ? { "sec-fetch-dest": destination } : {});

describe("the API's Fetch Metadata check", () => {
  it("answers the app's own fetch() calls, downloads and clients without metadata", () => {
    expect(apiRequestAllowed(withDestination("empty"))).toBe(true);
    expect(apiRequestAllowed(withDestination("document"))).toBe(true);
    expect(apiRequestAllowed(withDestination())).toBe(true);
  });

  it("refuses script, JSON-module, worker, font and image loads of an API URL", () => {
    for (const destination of ["script", "json", "worker", "sharedworker", "serviceworker", "font", "image", "style", "iframe"]) {
      expect(apiRequestAllowed(withDestination(destination)), destination).toBe(false);
    }
  });
});
