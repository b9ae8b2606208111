export interface ForwardedRequest {
  /** Index of the instance in the list given to startLoadBalancer. */
  upstream: number;
  method: string;
  path: string;
  /** The instance's status, "refused" (connection refused: sent to the next one) or "broken" (reached it, no answer). */
  status: number | "refused" | "broken";
  started: number;
  ended: number;
}
export function startLoadBalancer(upstreams: string[], options?: { port?: number }): Promise<{
  url: string;
  log: ForwardedRequest[];
  /** Per instance, requests sent to it and not answered yet. */
  inFlight: number[];
  stop: () => Promise<void>;
}>;
