export function hostedConfigProblems(env?: Record<string, string | undefined>): string[];
export function hostedConfigError(env?: Record<string, string | undefined>): string | null;
export function trustedProxies(env?: Record<string, string | undefined>): string[];
