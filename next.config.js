// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages must stay outside the bundle (they load .node binaries or pick drivers at runtime).
  serverExternalPackages: ["@touch4it/ical-timezones", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "bcryptjs"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

module.exports = withNextIntl(nextConfig);
