// Which database a DATABASE_URL points at. SQLite (a `file:` URL) is the embedded default; a
// `postgresql://` or `postgres://` URL selects PostgreSQL.
export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./var/kakehashi.db";

export class DatabaseUrlError extends Error {}

export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) {
    if (url.length <= "file:".length)
      throw new DatabaseUrlError("DATABASE_URL 'file:' needs a path, e.g. file:./var/kakehashi.db");
    return "sqlite";
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname || parsed.pathname.length <= 1) throw new Error("no host or database");
    } catch {
      throw new DatabaseUrlError(
        "DATABASE_URL is not a valid PostgreSQL URL; expected postgresql://USER:PASSWORD@HOST:5432/DATABASE",
      );
    }
    return "postgresql";
  }
  throw new DatabaseUrlError(
    "DATABASE_URL must start with 'file:' (SQLite, e.g. file:./var/kakehashi.db) or 'postgresql://' (PostgreSQL)",
  );
}

/** The SQLite file path of a `file:` URL, resolved against `cwd` when relative. */
export function sqlitePath(url: string, cwd: string): string {
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  return raw.startsWith("/") ? raw : `${cwd.replace(/\/$/, "")}/${raw.replace(/^\.\//, "")}`;
}
