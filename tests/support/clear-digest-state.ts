// For the end-to-end test of the message digest: the given people have had no digest yet (an earlier run on the
// same database may have sent one within the hour) and have digests on.
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
  await db.$disconnect();
}
void main();
