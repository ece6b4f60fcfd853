// What a badge scan gives: the badge's QR code holds an address with the code (…/check-in?code=K7M2QX9P, or the
// newer …/b/K7M2QX9P), a phone's camera app may hand over just the text, and people type the code by hand with
// spaces or dashes. This reads the code out of any of them, or says it is not a badge. Pure.
import { isBadgeCode, normalizeBadgeCode } from "@/lib/check-in/badge-code";

export function badgeCodeFromScan(scanned: string): string | null {
  const text = scanned.trim();
  if (!text || text.length > 500) return null;
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    const fromQuery = url.searchParams.get("code");
    const fromPath = /\/b\/([^/?#]+)\/?$/.exec(url.pathname)?.[1];
    const candidate = normalizeBadgeCode(decodeURIComponent(fromQuery ?? fromPath ?? ""));
    return isBadgeCode(candidate) ? candidate : null;
  }
  const code = normalizeBadgeCode(text);
  return isBadgeCode(code) ? code : null;
}
