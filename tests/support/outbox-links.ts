// Reads the links of account emails from the outbox folder's raw messages (.eml): the summaries organizers
// see leave them out (lib/notifications/mailer.ts), the message itself carries them. Used by the integration
// and end-to-end tests, as a person would read their mailbox.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

function bodyOf(raw: string): string {
  const eml = raw.replace(/\r\n/g, "\n");
  const split = eml.indexOf("\n\n");
  const head = eml.slice(0, split);
  const body = eml.slice(split + 2);
  if (/Content-Transfer-Encoding: base64/i.test(head))
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
  }
  return body;
}

export type OutboxMail = { to: string; subject: string; kind: string; text: string; links: string[]; id: string };

/** Every message in the outbox to `to` (newest last), with its text and links decoded. */
export function mailsTo(
  to: string,
  dir = process.env.OUTBOX_DIR ?? path.join(process.cwd(), "var", "outbox"),
): OutboxMail[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
  } catch {
    return [];
  }
  const mails: OutboxMail[] = [];
  for (const f of files) {
    const summary = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as {
      to: string;
      subject: string;
      kind: string;
      id: string;
    };
    if (summary.to !== to) continue;
    const text = bodyOf(readFileSync(path.join(dir, f.replace(/\.json$/, ".eml")), "utf8"));
    mails.push({ ...summary, text, links: [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]) });
  }
  return mails;
}

/** The newest link of a kind of email to `to`, or undefined. */
export function latestLink(to: string, kind: string, dir?: string): string | undefined {
  return mailsTo(to, dir)
    .filter((m) => m.kind === kind)
    .at(-1)?.links[0];
}

export const tokenOf = (link: string | undefined) => (link ? new URL(link).searchParams.get("token") : null);
