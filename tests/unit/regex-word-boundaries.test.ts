import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// JavaScript's \b knows only ASCII word characters, with or without the u flag: "\bchỉ\b" never matches, as "ỉ"
// is no word character to it. Such patterns once hid in the reader ("\btừ\b", "(?:…|bảo trì)\b"), and so did a
// backspace character typed where "\b" was meant (a "\b" in a Python string that wrote the file). Both fail
// silently: the pattern simply never matches. Unicode lookarounds, (?<![\p{L}\p{N}_]) and (?![\p{L}\p{N}_]),
// are the boundary for words with marks.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") || path.endsWith(".tsx") ? [path] : [];
  });
}

/** Letters outside ASCII (Vietnamese, Japanese) next to a \b in the source text. */
const BOUNDARY_BY_NON_ASCII = /\\b(?=[^\x00-\x7f])|(?<=[^\x00-\x7f\s])\\b/u;
const isLetter = (ch: string) => /\p{L}/u.test(ch);

describe("word boundaries in the domain's patterns", () => {
  const files = sourceFiles(join(__dirname, "../../lib"));

  it("no source file holds a backspace character", () => {
    const found = files.filter((f) => readFileSync(f, "utf8").includes("\b"));
    expect(found).toEqual([]);
  });

  it("no \\b stands next to a letter outside ASCII (it would never match there)", () => {
    const found: string[] = [];
    for (const f of files) {
      readFileSync(f, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const m = BOUNDARY_BY_NON_ASCII.exec(line);
          if (!m) return;
          const at = m.index;
          const near = line.slice(Math.max(0, at - 1), at + 3);
          if ([...near].some((ch) => ch.charCodeAt(0) > 127 && isLetter(ch))) found.push(`${f}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("the check finds what it is for", () => {
    expect(BOUNDARY_BY_NON_ASCII.test(String.raw`/\bchỉ\b/u`)).toBe(true);
    expect(BOUNDARY_BY_NON_ASCII.test(String.raw`/\bonly\b|chỉ/u`)).toBe(false);
    expect(/\bchỉ\b/u.test("chỉ làm")).toBe(false);
    expect(/(?<![\p{L}\p{N}_])chỉ(?![\p{L}\p{N}_])/u.test("chỉ làm")).toBe(true);
  });
});
