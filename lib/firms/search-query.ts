import { foldForSearch } from "@/lib/text/normalize";

const MAX_TERMS = 8;

/**
 * A search query split into terms that must all occur in a firm's search text. Latin and Vietnamese words
 * split on spaces and punctuation and are folded ("Phần mềm" -> "phan", "mem"). Japanese has no spaces
 * between words, so a run of Japanese is kept whole and matched as a substring: 自動車 finds
 * 自動車部品メーカー. Quoted phrases stay together.
 */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query.slice(0, 200));
  const terms: string[] = [];
  for (const match of folded.matchAll(/"([^"]+)"|([^\s"]+)/g)) {
    const phrase = match[1];
    if (phrase) {
      const cleaned = phrase
        .replace(/[|%_\\]/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      if (cleaned) terms.push(cleaned);
      continue;
    }
    // Punctuation separates words, but keep characters that are part of names and codes (AI-OCR, ISO/IEC).
    for (const part of (match[2] ?? "").split(/[^\p{L}\p{N}\-/.&+#]+/u)) {
      const term = part.replace(/^[-/.&]+|[-/.&]+$/g, "");
      if (term) terms.push(term);
    }
  }
  return [...new Set(terms)].slice(0, MAX_TERMS);
}
