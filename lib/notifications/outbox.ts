// The outbox, searchable by recipient and kind and read a page at a time. Each mail's summary file is read once per
// server and kept (they never change), so a search over thousands of mails reads only the new ones.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { outboxDir, type OutboxEntry } from "./mailer";

const cache = new Map<string, OutboxEntry>();

export type OutboxQuery = { q?: string; kind?: string; page?: number; pageSize?: number };

export async function searchOutbox(query: OutboxQuery) {
  const dir = outboxDir();
  const files = (await readdir(/*turbopackIgnore: true*/ dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .reverse();
  const entries: OutboxEntry[] = [];
  for (const f of files) {
    const key = path.join(dir, f);
    let entry = cache.get(key);
    if (!entry) {
      try {
        entry = JSON.parse(await readFile(/*turbopackIgnore: true*/ key, "utf8")) as OutboxEntry;
      } catch {
        continue; // being written right now: it shows on the next look
      }
      cache.set(key, entry);
    }
    entries.push(entry);
  }
  const kinds = [...new Set(entries.map((e) => e.kind))].sort();
  const q = (query.q ?? "").trim().toLowerCase();
  const matching = entries.filter(
    (e) =>
      (!query.kind || e.kind === query.kind) &&
      (!q || e.to.toLowerCase().includes(q) || e.subject.toLowerCase().includes(q)),
  );
  const pageSize = Math.max(1, Math.min(200, query.pageSize ?? 50));
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(pages, Math.max(1, Math.floor(query.page ?? 1)));
  return {
    mails: matching.slice((page - 1) * pageSize, page * pageSize),
    total: matching.length,
    all: entries.length,
    page,
    pages,
    kinds,
  };
}
