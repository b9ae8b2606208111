export function readSnapshot(dir: string, key: string): Promise<Uint8Array | null>;
export function writeSnapshot(dir: string, key: string, bytes: Uint8Array): Promise<void>;
export function dropSnapshot(dir: string, key: string): Promise<void>;
