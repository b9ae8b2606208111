import { describe, expect, it } from "vitest";
import { lockDown } from "./lockdown";

/** A stand-in for a worker global: own names, inherited names and a navigator, as browsers lay them out. */
function fakeScope() {
  const workerGlobalScopePrototype = { fetch: () => "request", caches: {}, importScripts: () => undefined };
  const scope = Object.create(workerGlobalScopePrototype) as Record<string, unknown>;
  const navigatorPrototype = { serviceWorker: {}, storage: {}, userAgent: "test" };
  Object.assign(scope, { WebSocket: class {}, indexedDB: {}, setTimeout, navigator: Object.create(navigatorPrototype) });
  return { scope, workerGlobalScopePrototype };
}

describe("the browser worker's lockdown", () => {
  it("removes request and storage names from the global and every prototype above it", () => {
    const { scope, workerGlobalScopePrototype } = fakeScope();
    expect(lockDown(scope)).toEqual([]);
    for (const name of ["fetch", "caches", "importScripts", "WebSocket", "indexedDB"]) expect(scope[name], name).toBeUndefined();
    expect("fetch" in workerGlobalScopePrototype).toBe(false);
    const navigator = scope.navigator as Record<string, unknown>;
    expect(navigator.serviceWorker).toBeUndefined();
    expect(navigator.storage).toBeUndefined();
    expect(navigator.userAgent).toBe("test");
    expect(scope.setTimeout).toBe(setTimeout);
  });

  it("reports a name it could not take away", () => {
    const { scope } = fakeScope();
    Object.defineProperty(scope, "EventSource", { value: class {}, configurable: false, writable: false });
    expect(lockDown(scope)).toEqual(["EventSource"]);
  });
});
