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
    ];
  },
};

export default nextConfig;
