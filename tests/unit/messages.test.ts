import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The top-level ICU arguments of a message: "{count, plural, ...}" -> count, "{name}" -> name. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) {
        const match = /^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i));
        if (match) names.add(match[1]!);
      }
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].sort();
}

const catalogs = { en: flatten(en as Tree), ja: flatten(ja as Tree), vi: flatten(vi as Tree) };

describe("messages", () => {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    it(`${locale} has exactly the keys of every other language`, () => {
      for (const [other, otherCatalog] of Object.entries(catalogs)) {
        if (other === locale) continue;
        const missing = [...otherCatalog.keys()].filter((k) => !catalog.has(k));
        expect(missing, `keys in ${other} missing from ${locale}`).toEqual([]);
      }
    });

    it(`${locale} has no empty message and uses the same arguments as English`, () => {
      for (const [key, message] of catalog) {
        expect(message.trim(), key).not.toBe("");
        expect(argumentsOf(message), `${locale}:${key}`).toEqual(argumentsOf(catalogs.en.get(key) ?? ""));
      }
    });
  }

  it("Japanese and Vietnamese are translations, not copies of English", () => {
    // A few labels are the same in every language (names of languages, "Email"), but most must differ.
    for (const locale of ["ja", "vi"] as const) {
      const same = [...catalogs[locale]].filter(([k, v]) => catalogs.en.get(k) === v).map(([k]) => k);
      expect(same.length, `${locale} identical to English: ${same.join(", ")}`).toBeLessThan(catalogs.en.size * 0.1);
    }
  });
});
