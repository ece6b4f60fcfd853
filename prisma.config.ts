import "dotenv/config";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, providerOf } from "./lib/database/database-url";

// Prisma 7 takes the URL from here, not from schema.prisma. The provider folder follows the URL.
const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const provider = providerOf(url);

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url },
});
