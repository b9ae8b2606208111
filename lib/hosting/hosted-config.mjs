// What a hosted start needs. A PostgreSQL DATABASE_URL means the course is
// hosted: one or more identical instances behind a load balancer. Every
// instance must sign session cookies with the same secret and agree on the
// public URL (sign-in origin checks, join links), so neither may be generated
// per machine or guessed from the request; a start without them is refused,
// saying what to set. `npm start` checks before migrating, and the server
// checks again when it starts (instrumentation.ts), for hosts that run
// `next start` themselves.
import { isIP } from "node:net";
import { parseDatabaseUrl } from "../db/config.mjs";

const MIN_SECRET_LENGTH = 32;

/** @param {string} value */
function publicUrlProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return `BETTER_AUTH_URL is not a URL ("${value}"): set it to the address learners open, e.g. https://course.example.org`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `BETTER_AUTH_URL must start with https:// or http://, got "${url.protocol}"`;
  if (url.pathname !== "/" || url.search || url.hash) {
    return `BETTER_AUTH_URL must be an origin without a path (the course is served at the root), e.g. ${url.origin}`;
  }
  return null;
}

/** @param {string} entry an address or CIDR range */
function isAddressOrRange(entry) {
  const [address, prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * Everything wrong with the environment for the database it names, one
 * sentence each; empty when the start may go ahead.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function hostedConfigProblems(env = process.env) {
  const problems = [];
  const url = env.BETTER_AUTH_URL?.trim();
  // A URL that is set must be right on a laptop too.
  if (url) {
    const problem = publicUrlProblem(url);
    if (problem) problems.push(problem);
  }
  const secret = env.BETTER_AUTH_SECRET?.trim();
  if (secret && secret.length < MIN_SECRET_LENGTH) {
    problems.push(`BETTER_AUTH_SECRET is ${secret.length} characters long: it must be at least ${MIN_SECRET_LENGTH} (e.g. the output of \`openssl rand -base64 32\`)`);
  }
  const badProxies = trustedProxies(env).filter((entry) => !isAddressOrRange(entry));
  if (badProxies.length > 0) {
    problems.push(`TRUSTED_PROXIES must list addresses or CIDR ranges separated by commas, e.g. 10.0.0.0/8; not: ${badProxies.join(", ")}`);
  }
  if (parseDatabaseUrl(env.DATABASE_URL).provider !== "postgres") return problems;
  if (!secret) {
    problems.push(
      `BETTER_AUTH_SECRET is not set: set it to one random string of ${MIN_SECRET_LENGTH}+ characters, the same on every instance ` +
        "(e.g. the output of `openssl rand -base64 32`), so that a session signed by one instance is accepted by the others",
    );
  }
  if (!url) {
    problems.push("BETTER_AUTH_URL is not set: set it to the public URL learners open (the load balancer's), e.g. https://course.example.org");
  }
  return problems;
}

/**
 * The message that refuses a start, or null when the environment is complete.
 * @param {Record<string, string | undefined>} env
 */
export function hostedConfigError(env = process.env) {
  const problems = hostedConfigProblems(env);
  if (problems.length === 0) return null;
  const hosted = parseDatabaseUrl(env.DATABASE_URL).provider === "postgres";
  const lead = hosted ? "Refusing to start a hosted course (DATABASE_URL is PostgreSQL):" : "Refusing to start:";
  return [lead, ...problems.map((problem) => `  - ${problem}`), "See README.md, \"Hosting\"."].join("\n");
}

/**
 * Proxies in front of the instances whose X-Forwarded-For entries are not the
 * client's (comma-separated addresses or CIDR ranges, e.g. "10.0.0.0/8").
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function trustedProxies(env = process.env) {
  return (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}
