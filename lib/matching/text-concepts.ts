// Capabilities named in free text, in Japanese, Vietnamese or English: 車載ソフトウェア, "automotive embedded
// software" and "phần mềm ô tô" all name automotive software. Sentences that say what a firm is looking for
// ("looking for", 探しています, "đang tìm") count as seeks, the rest as offers.
import { foldForSearch } from "../text/normalize";
import type { ConceptIndex } from "./concept-index";

const SEEKING = [
  "looking for",
  "seeking",
  "we seek",
  "searching for",
  "in search of",
  "we need",
  "want to find",
  "探して",
  "求めて",
  "募集",
  "探しています",
  "パートナーを",
  "tim kiem",
  "dang tim",
  "can tim",
  "mong muon tim",
  "tim doi tac",
];

export type TextConcepts = { offers: Set<number>; seeks: Set<number> };

function mentions(sentence: string, index: ConceptIndex): number[] {
  const found: number[] = [];
  let rest = ` ${sentence} `;
  for (const { index: cap, term, word } of index.termsByCapability) {
    if (!rest.includes(term)) continue;
    const at = word ? rest.search(word) : rest.indexOf(term);
    if (at >= 0) {
      found.push(cap);
      rest = rest.slice(0, at) + " ".repeat(term.length) + rest.slice(at + term.length);
    }
  }
  return found;
}

export function textConcepts(texts: string[], index: ConceptIndex): TextConcepts {
  const offers = new Set<number>();
  const seeks = new Set<number>();
  for (const text of texts) {
    for (const raw of text.split(/[.!?。！？\n]+/)) {
      const sentence = foldForSearch(raw);
      if (!sentence) continue;
      const target = SEEKING.some((cue) => sentence.includes(cue)) ? seeks : offers;
      for (const cap of mentions(sentence, index)) target.add(cap);
    }
  }
  return { offers, seeks };
}
