import "dotenv/config";
async function main() {
  const { db } = await import("./lib/db");
  const { loadActor } = await import("./lib/auth/load-actor");
  const { runScheduler } = await import("./lib/meetings/scheduler-run");
  const { capacityView } = await import("./lib/meetings/capacity-view");
  const { addInterpreterTables } = await import("./lib/event-setup/event-setup");
  const u = await db.user.findUniqueOrThrow({ where: { email: "organizer.vinasa@demo.kakehashi.example" } });
  const actor = (await loadActor(u.id))!;
  const event = await db.event.findFirstOrThrow({ where: { isCurrent: true } });
  let v = await capacityView(actor, event.id);
  for (const [id, h] of v.hints) console.log(id.slice(0, 8), JSON.stringify(h));
  console.log(await addInterpreterTables(actor, event.id, { pair: "ja-vi", count: 1 }));
  const run = await runScheduler(actor, event.id);
  console.log("run", run.placed, run.considered);
  v = await capacityView(actor, event.id);
  console.log(v.unplaced.map((u) => u.reason).join(","));
  await db.meetingTable.deleteMany({ where: { eventId: event.id, number: 25 } });
  await db.$disconnect();
}
main();
