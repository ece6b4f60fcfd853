// Sending email. With SMTP_URL set (smtp://user:pass@host:587), through that server; without it, every
// message is written to the outbox folder (OUTBOX_DIR, default var/outbox) as the raw .eml plus a .json
// summary, which the organizers' outbox page lists, so the demo and the tests can read what was sent.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  locale: string;
  kind: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /**
   * Parts of `text` that open an account (a verification or reset link): kept in the message, left out of the
   * outbox summary that organizers read at /organizer/outbox, so an organizer cannot take over an account.
   */
  secrets?: string[];
};
export type OutboxEntry = {
  id: string;
  to: string;
  subject: string;
  text: string;
  locale: string;
  kind: string;
  attachments: string[];
  createdAt: string;
};

// The outbox is data written at run time, not code: the turbopackIgnore comments keep the build from tracing
// the folder (and, through process.cwd(), the whole project) into the server's output.
export function outboxDir(): string {
  return process.env.OUTBOX_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), "var", "outbox");
}

const FROM = () => process.env.MAIL_FROM || "Kakehashi <no-reply@kakehashi.example>";

export async function deliver(mail: Mail): Promise<void> {
  const message = { from: FROM(), to: mail.to, subject: mail.subject, text: mail.text, attachments: mail.attachments };
  if (process.env.SMTP_URL) {
    await nodemailer.createTransport(process.env.SMTP_URL).sendMail(message);
    return;
  }
  const built = await nodemailer
    .createTransport({ streamTransport: true, buffer: true, newline: "unix" })
    .sendMail(message);
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  const createdAt = new Date().toISOString();
  const id = `${createdAt.replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  const entry: OutboxEntry = {
    id,
    to: mail.to,
    subject: mail.subject,
    text: (mail.secrets ?? []).reduce(
      (text, secret) => text.split(secret).join("[link sent to the recipient only]"),
      mail.text,
    ),
    locale: mail.locale,
    kind: mail.kind,
    attachments: (mail.attachments ?? []).map((a) => a.filename),
    createdAt,
  };
  await writeFile(path.join(dir, `${id}.eml`), built.message as Buffer);
  await writeFile(path.join(dir, `${id}.json`), JSON.stringify(entry, null, 1));
}

/** The newest messages in the outbox (when mail goes to the folder). */
export async function readOutbox(limit = 100): Promise<OutboxEntry[]> {
  const dir = outboxDir();
  const files = await readdir(/*turbopackIgnore: true*/ dir).catch(() => [] as string[]);
  const newest = files
    .filter((f) => f.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    newest.map(
      async (f) => JSON.parse(await readFile(/*turbopackIgnore: true*/ path.join(dir, f), "utf8")) as OutboxEntry,
    ),
  );
}
