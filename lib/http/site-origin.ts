// The address people reach the site at, for links that leave the page (QR codes on printouts, calendar files).
// NEXTAUTH_URL when set (it is the canonical address); otherwise the request's own host.
import { headers } from "next/headers";

export async function siteOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
