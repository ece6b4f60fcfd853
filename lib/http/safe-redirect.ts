// Where to send someone after signing in, signing out or verifying: only a path on this site. `returnTo` comes
// from the address bar, so it is an attacker's to choose. "/\t/evil.example/x" passed the old check (it starts
// with one slash), and the browser, which drops tabs and line breaks from URLs, went to //evil.example/x.
// Pure (no server imports): the sign-in form runs it in the browser as well.

const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff\\]/;

/**
 * `target` as a same-origin path (path, query and fragment), or `fallback`. Refused: anything but a string
 * starting with a single "/", any control character, whitespace or backslash (raw or percent-encoded),
 * protocol-relative and absolute URLs, and whatever the URL parser would resolve to another origin.
 */
export function safeRedirectPath(target: unknown, origin: string, fallback: string): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2048) return fallback;
  if (!target.startsWith("/") || target.startsWith("//")) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return fallback;
  }
  if (UNSAFE_CHARACTERS.test(target) || UNSAFE_CHARACTERS.test(decoded) || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
