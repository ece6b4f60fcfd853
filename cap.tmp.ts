import "dotenv/config";
async function main() {
  const { db } = await import("./lib/db");
  const { loadActor } = await import("./lib/auth/load-actor");
  const { runScheduler } = await import("./lib/meetings/scheduler-run");
  const { capacityView } = await import("./lib/meetings/capacity-view");
  const u = await db.user.findUniqueOrThrow({ where: { email: "organizer.vinasa@demo.kakehashi.example" } });
  const actor = (await loadActor(u.id))!;
  const event = await db.event.findFirstOrThrow({ where: { isCurrent: true } });
  await db.event.update({ where: { id: event.id }, data: { meetingCapPerFirm: 8 } });
  const t = Date.now();
  const run = await runScheduler(actor, event.id);
  console.log("run", run.placed, run.considered, Date.now() - t, "ms");
  const t2 = Date.now();
  const v = await capacityView(actor, event.id);
  console.log("view ms", Date.now() - t2);
  console.log(JSON.stringify(v.report.pairs), v.report.demanded, v.report.tableSlots, v.report.firmsOver.length);
  console.log(v.unplaced.map((u) => u.reason).join(","));
  for (const [id, h] of v.hints) console.log(id.slice(0, 8), JSON.stringify(h));
  await db.$disconnect();
}
main();
