export function createZip(entries: { name: string; data: Buffer }[]): Buffer;
