import { DEFAULT_DATABASE_URL, providerOf, type DatabaseProvider } from "./database-url";

// Only the database part of the environment: scripts (seed, benchmarks) need a database but no auth secret.
export function loadEnvForDatabase(): { url: string; provider: DatabaseProvider } {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  return { url, provider: providerOf(url) };
}
