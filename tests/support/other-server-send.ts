// A second app server, as far as the database can tell: its own process and Prisma client. Sends one message
// as the given person and exits (tests/integration/live-updates.test.ts).
import { loadActor } from "@/lib/auth/load-actor";
import { sendMessage } from "@/lib/conversations/conversations";
import { db } from "@/lib/db";

async function main() {
  const [userId, conversationId, body] = process.argv.slice(2);
  const actor = await loadActor(userId!);
  const sent = await sendMessage(actor!, { conversationId: conversationId!, body: body! });
  // When it was stored, on this machine's clock: the test measures the delivery from here.
  console.log(JSON.stringify({ seq: sent.seq, storedAt: Date.now() }));
  await db.$disconnect();
}
void main();
