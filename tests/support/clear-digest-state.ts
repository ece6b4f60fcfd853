// For the end-to-end test of the message digest: the given people have had no digest yet (an earlier run on the
// same database may have sent one within the hour), have digests on and have read none of their threads (an open
// thread marks a live reply read, or not, depending on which delivery reached the page first: the test asks for a
// digest in each language, so both must have something unread).
import { db } from "@/lib/db";

async function main() {
  const emails = process.argv.slice(2);
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
  for (const { id } of users)
    await db.notificationSettings.upsert({
      where: { userId: id },
      create: { userId: id },
      update: { lastDigestAt: null, messageDigest: true },
    });
  await db.conversationRead.updateMany({
    where: { userId: { in: users.map((u) => u.id) } },
    data: { lastReadSeq: 0, digestedSeq: 0 },
  });
  await db.$disconnect();
}
void main();
