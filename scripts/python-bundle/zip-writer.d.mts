export function createZip(entries: { name: string; data: Buffer }[], options?: { deflate?: boolean }): Buffer;
