// The network address a request came from, for throttling. Never the client's own X-Forwarded-For: anyone can
// write that header, so trusting its first entry let an attacker rotate it past the per-address limit, or
// forge a venue's address and slow down everyone behind it.
//
// The address is the TCP peer's, which the server stamps on every request (peer-address-hook.ts). Behind a
// reverse proxy that peer is the proxy: list its address in TRUSTED_PROXIES (comma-separated, off by default)
// and the client is the right-most X-Forwarded-For entry not itself a trusted proxy, i.e. the address the
// proxy saw, which it appended. Entries to the left of it were written by the client and are ignored.
import { isIP } from "node:net";

/** Set by the server from the socket on every request, overwriting whatever a client sent under this name. */
export const PEER_ADDRESS_HEADER = "x-kakehashi-peer-address";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(source: HeaderSource, name: string): string | undefined {
  if (!source) return undefined;
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : undefined;
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one IPv4 address; anything that is not an address is dropped. */
export function normalizeAddress(value: string | undefined): string | null {
  const trimmed = (value ?? "").trim().replace(/^\[|\]$/g, "");
  const plain =
    trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(plain) ? plain.toLowerCase() : null;
}

export function trustedProxies(setting = process.env.TRUSTED_PROXIES): Set<string> {
  return new Set(
    (setting ?? "")
      .split(",")
      .map((s) => normalizeAddress(s))
      .filter((s): s is string => s !== null),
  );
}

/** The client's address, or null when the server did not stamp the peer (a request before start-up ended). */
export function clientAddress(headers: HeaderSource, trusted: Set<string> = trustedProxies()): string | null {
  let client = normalizeAddress(header(headers, PEER_ADDRESS_HEADER));
  if (!client) return null;
  const forwarded = (header(headers, "x-forwarded-for") ?? "").split(",");
  // Walk back from the proxy we trust through the proxies it trusts; the first other address is the client.
  while (trusted.has(client) && forwarded.length > 0) {
    const next = normalizeAddress(forwarded.pop());
    if (!next) break;
    client = next;
  }
  return client;
}
