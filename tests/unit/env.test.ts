import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { providerOf, sqlitePath } from "@/lib/database/database-url";

const secret = "s".repeat(32);

describe("environment", () => {
  it("accepts SQLite and PostgreSQL URLs", () => {
    expect(parseEnv({ DATABASE_URL: "file:./var/x.db", NEXTAUTH_SECRET: secret }).databaseProvider).toBe("sqlite");
    expect(
      parseEnv({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", NEXTAUTH_SECRET: secret }).databaseProvider,
    ).toBe("postgresql");
    expect(parseEnv({ NEXTAUTH_SECRET: secret }).DATABASE_URL).toBe("file:./var/kakehashi.db");
  });

  it("names what to set when the secret is missing or short", () => {
    expect(() => parseEnv({})).toThrow(/NEXTAUTH_SECRET is not set/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET is too short/);
  });

  it.each(["mysql://x", "sqlite.db", "file:", "postgresql://", "postgres://host-only"])(
    "refuses DATABASE_URL %s",
    (url) => {
      expect(() => parseEnv({ DATABASE_URL: url, NEXTAUTH_SECRET: secret })).toThrow(EnvError);
      expect(() => parseEnv({ DATABASE_URL: url, NEXTAUTH_SECRET: secret })).toThrow(/DATABASE_URL/);
    },
  );

  it("resolves SQLite paths against the working directory", () => {
    expect(sqlitePath("file:./var/k.db", "/srv/app")).toBe("/srv/app/var/k.db");
    expect(sqlitePath("file:/data/k.db", "/srv/app")).toBe("/data/k.db");
    expect(providerOf("postgres://u@h/db")).toBe("postgresql");
  });
});
