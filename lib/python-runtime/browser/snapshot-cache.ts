// Snapshots of the warmed-up interpreter in this origin's Cache Storage, so a
// later visit (or a worker restarted after a runaway loop) skips Python's
// start-up and imports. Only the newest key is kept. Without a secure context
// there is no Cache Storage and every boot starts from scratch.
import type { SnapshotStore } from "../worker/engine.mjs";

export const SNAPSHOT_CACHE = "course-python-snapshots";

export function cacheStorageSnapshots(storage: CacheStorage, baseHref: string): SnapshotStore {
  const url = (key: string) => new URL(`/__python-snapshot/${key}`, baseHref).href;
  return {
    load: async (key) => {
      const response = await (await storage.open(SNAPSHOT_CACHE)).match(url(key));
      return response ? new Uint8Array(await response.arrayBuffer()) : null;
    },
    save: async (key, bytes) => {
      const cache = await storage.open(SNAPSHOT_CACHE);
      for (const request of await cache.keys()) {
        if (request.url !== url(key)) await cache.delete(request);
      }
      await cache.put(url(key), new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "application/octet-stream" } }));
    },
    drop: async (key) => {
      await (await storage.open(SNAPSHOT_CACHE)).delete(url(key));
    },
  };
}
