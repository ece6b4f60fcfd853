// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Security headers on every response. Pages get their Content-Security-Policy from proxy.ts, with a nonce per
// response (lib/http/content-security-policy.ts); this stricter one is for everything else (the API's JSON,
// calendar files, downloads), which runs no script at all and may not be framed.
const contentSecurityPolicy =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// The service worker's own policy governs what it may fetch: our pages and stylesheets, nothing else.
const serviceWorkerPolicy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages must stay outside the bundle (they load .node binaries or pick drivers at runtime).
  serverExternalPackages: [
    "@touch4it/ical-timezones",
    // The Japanese analyser reads its dictionary files from its package folder at run time.
    "kuromoji",
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "bcryptjs",
    // HiGHS (the scheduler's exact solver) loads its WebAssembly file from beside its own script.
    "highs",
  ],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The paths proxy.ts does not see (its matcher): route handlers and files.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }] },
      { source: "/:file(.*\\..*)", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }] },
      // Later entries win: the worker needs to fetch, and browsers should check for a new one on every visit.
      {
        source: "/sw.js",
        headers: [
          { key: "Content-Security-Policy", value: serviceWorkerPolicy },
          { key: "Cache-Control", value: "no-cache" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
