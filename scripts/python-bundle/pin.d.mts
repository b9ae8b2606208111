export function upstreamVersion(v: string): string;
export function pinPackages(options?: { log?: (line: string) => void }): Promise<unknown>;
