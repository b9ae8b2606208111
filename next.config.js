// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Types are checked once, by `npm run typecheck` (CI runs it before the
  // tests); checking again inside every build only slows builds down.
  typescript: { ignoreBuildErrors: true },
  // Native and wasm-loading packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "pg", "pyodide", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  async headers() {
    return [
      {
        // Cross-origin isolation lets the page share an interrupt buffer with
        // the Python worker, so a runaway loop can be stopped without
        // restarting Python.
        source: "/:path*",
        headers: [
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      {
        // Workers (the Python runtime, Monaco's) are built into /_next/static
        // and take their Content-Security-Policy from their own response:
        // scripts only from this origin, WebAssembly but never code from
        // strings (so learner code that reaches JavaScript's Function cannot
        // build anything with it), requests only to this origin, no further
        // workers. A script that a page loads ignores this header.
        source: "/_next/static/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'none'",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
