// Runs once when the server starts. Everything it does needs Node.js, so it
// lives in lib/hosting/instance-start.ts, loaded only in that runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInstance } = await import("@/lib/hosting/instance-start");
  await startInstance();
}
