// Japanese word boundaries from a morphological analyser (kuromoji, with the IPADIC dictionary that ships in
// its npm package). Loading the dictionary takes about a second and some 100 MB, so it happens once, lazily,
// when text is first read (a profile saved, an import checked, the evaluation command); scoring never needs it.
// Until it has loaded, readers fall back to matching Japanese by characters (see statement.ts).
import { createRequire } from "node:module";
import path from "node:path";
import type { IpadicFeatures, Tokenizer } from "kuromoji";

export type JapaneseToken = {
  surface: string;
  /** Dictionary form ("探し" -> "探す"); "*" for unknown words. */
  base: string;
  pos: string;
  pos1: string;
  /** 0-based offset in the analysed text. */
  start: number;
  known: boolean;
};

let tokenizer: Tokenizer<IpadicFeatures> | null = null;
let loading: Promise<void> | null = null;

/** Loads the analyser once; later calls return the same promise. */
export function loadJapanese(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const require = createRequire(import.meta.url);
    // kuromoji is CommonJS and finds its dictionary by path, not by import.
    const kuromoji = require("kuromoji") as typeof import("kuromoji");
    // Inside the server bundle require.resolve gives a module number, not a path: then the package is where
    // npm installs it, under the app's node_modules (next.config.js keeps kuromoji outside the bundle).
    const resolved: unknown = require.resolve("kuromoji/package.json");
    const dir =
      typeof resolved === "string" ? path.dirname(resolved) : path.join(process.cwd(), "node_modules", "kuromoji");
    const dicPath = path.join(dir, "dict");
    kuromoji.builder({ dicPath }).build((error, built) => {
      if (error) {
        loading = null;
        reject(error);
        return;
      }
      tokenizer = built;
      resolve();
    });
  });
  return loading;
}

export function japaneseLoaded(): boolean {
  return tokenizer !== null;
}

/** The words of a run of Japanese text, or null while the analyser is not loaded. */
export function japaneseWords(text: string): JapaneseToken[] | null {
  if (!tokenizer) return null;
  return tokenizer.tokenize(text).map((t) => ({
    surface: t.surface_form,
    base: t.basic_form === "*" ? t.surface_form : t.basic_form,
    pos: t.pos,
    pos1: t.pos_detail_1,
    start: t.word_position - 1,
    known: t.word_type === "KNOWN",
  }));
}
