export function createZip(
  entries: { name: string; data: Buffer }[],
  recordSize?: (name: string, bytes: number) => void,
  options?: { deflate?: boolean },
): Buffer;
