// Client components get only CLIENT_MESSAGES (lib/i18n/client-messages.ts): every namespace a client component
// names (useTranslations("ns"), or a literal "ns.key" given to a translator) must be there. Keys that arrive
// from the server at run time are "errors.*", which is listed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGES, CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";
import en from "@/messages/en.json";
import { sourceFiles } from "../support/source-files";

const clientFiles = ["app", "components"]
  .flatMap(sourceFiles)
  .filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));

describe("the messages sent to the browser", () => {
  it("cover every namespace a client component uses", () => {
    expect(clientFiles.length).toBeGreaterThan(5);
    const used = new Set<string>();
    for (const file of clientFiles) {
      for (const m of readFileSync(file, "utf8").matchAll(/useTranslations\(\s*["'`]([^"'`]+)["'`]\s*\)/g))
        used.add(m[1]!.split(".")[0]!);
      for (const m of readFileSync(file, "utf8").matchAll(/\bt[A-Z]\w*\(\s*[`"']([a-zA-Z]+)\./g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const ns of used) expect(CLIENT_NAMESPACES, `a client component uses "${ns}"`).toContain(ns);
  });

  it("are a strict part of all messages", () => {
    const picked = clientMessages(en);
    const roots = new Set(CLIENT_MESSAGES.map((path) => path.split(".")[0]!));
    expect(Object.keys(picked).sort()).toEqual([...roots].sort());
    for (const path of CLIENT_MESSAGES) {
      const found = path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], picked);
      expect(found, path).toBeDefined();
    }
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length * 0.7);
  });
});
