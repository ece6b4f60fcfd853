// Video rooms for online meetings, on a Jitsi Meet server (open source, self-hostable; https://jitsi.github.io/
// handbook/docs/devops-guide/). A Jitsi room is open to whoever knows its name, so the name is the secret: 128
// random bits, never derived from the meeting or the firms. The server is a setting (JITSI_BASE_URL, default
// the public https://meet.jit.si); changing it moves every room to the new server, since only names are
// stored. Pure, except for the random bytes.
import { randomBytes } from "node:crypto";

export const DEFAULT_VIDEO_BASE_URL = "https://meet.jit.si";

// RFC 4648 base32 in lower case: letters and digits only, safe in a URL path and in Jitsi's room names.
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** 16 random bytes as 26 base32 characters behind a readable prefix: "kakehashi-" + 128 bits. */
export function newRoomName(bytes: Uint8Array = randomBytes(16)): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return `kakehashi-${out}`;
}

/** Whether a stored name is one of ours (a link is only ever built from such a name). */
export function isRoomName(name: string): boolean {
  return /^kakehashi-[a-z2-7]{26}$/.test(name);
}

export class VideoUrlError extends Error {}

/**
 * The configured server's address without a trailing slash: https (plain http only for a server on this
 * machine, for trying it out), no query or fragment. Throws VideoUrlError naming what is wrong.
 */
export function parseVideoBaseUrl(raw: string | undefined): string {
  const value = (raw ?? "").trim() || DEFAULT_VIDEO_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new VideoUrlError(`JITSI_BASE_URL is not a web address: "${value}" (expected e.g. https://meet.example.org)`);
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local))
    throw new VideoUrlError(`JITSI_BASE_URL must use https: "${value}"`);
  if (url.search || url.hash || url.username || url.password)
    throw new VideoUrlError(
      `JITSI_BASE_URL must be a plain address without query, fragment or credentials: "${value}"`,
    );
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** The room's address on the server: "https://meet.jit.si/kakehashi-…". */
export function roomUrl(baseUrl: string, roomName: string): string {
  if (!isRoomName(roomName)) throw new Error("not a room name");
  return `${baseUrl}/${roomName}`;
}

/** The room's address on the server this app is configured for. */
export function configuredRoomUrl(roomName: string): string {
  return roomUrl(parseVideoBaseUrl(process.env.JITSI_BASE_URL), roomName);
}
