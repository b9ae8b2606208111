export function upstreamVersion(v: string): string;
export function dependencyAlternatives(depends: string): string[][];
export function unresolvedDependencies(packages: { debian: string; depends: string }[]): string[];
export function pinPackages(options?: { log?: (line: string) => void }): Promise<unknown>;
