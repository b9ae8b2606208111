// What the browser worker takes away from itself once Python has started:
// every way to make a request (which would carry the learner's cookies), to
// reach the site's storage, or to start another context. Removed from the
// global object and from every prototype above it (fetch and caches live on
// WorkerGlobalScope.prototype, not on the global itself), and from the
// navigator. Learner code that finds its way to JavaScript finds none of them.

/** Globals that make requests, open storage or start other contexts. */
export const BLOCKED_GLOBALS = [
  "fetch", "XMLHttpRequest", "WebSocket", "WebSocketStream", "EventSource", "WebTransport", "BroadcastChannel",
  "importScripts", "Worker", "SharedWorker", "indexedDB", "caches", "cookieStore", "FontFace", "fonts",
  "webkitRequestFileSystem", "webkitResolveLocalFileSystemURL",
] as const;

/** Navigator members with the same powers (service workers, the origin-private file system). */
export const BLOCKED_NAVIGATOR = ["serviceWorker", "storage", "sendBeacon"] as const;

/** Deletes `name` wherever it is defined along `target`'s prototype chain. */
function removeEverywhere(target: object, name: string) {
  for (let level: object | null = target; level; level = Object.getPrototypeOf(level)) {
    if (!Object.prototype.hasOwnProperty.call(level, name)) continue;
    if (!Reflect.deleteProperty(level, name)) {
      try {
        Object.defineProperty(level, name, { value: undefined, writable: false, configurable: false });
      } catch {
        // checked below
      }
    }
  }
}

/**
 * Removes the blocked names from `scope` and its navigator; returns the
 * names still reachable afterwards (none in the browsers we support).
 */
export function lockDown(scope: object): string[] {
  for (const name of BLOCKED_GLOBALS) removeEverywhere(scope, name);
  const navigator = (scope as { navigator?: object }).navigator;
  if (navigator) for (const name of BLOCKED_NAVIGATOR) removeEverywhere(navigator, name);
  const left: string[] = BLOCKED_GLOBALS.filter((name) => (scope as Record<string, unknown>)[name] !== undefined);
  if (navigator) {
    left.push(...BLOCKED_NAVIGATOR.filter((name) => (navigator as Record<string, unknown>)[name] !== undefined).map((name) => `navigator.${name}`));
  }
  return left;
}
