// Started by tests/integration/interrupted.test.ts: begins a long write (a CSV import or publishing a
// scheduler run), says "progress" when it is inside the transaction, and then waits there to be killed.
import "dotenv/config";
import { demoActor } from "./demo-actor";
import { commitFirmImport } from "@/lib/firms/csv/import-firms";
import { publishRun } from "@/lib/meetings/scheduler-run";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { generatedFirmCsv } from "@/prisma/seed/generated-firm-csv";

/** Tell the parent, then hold the transaction open (a kill -9 arrives while this thread sleeps). */
function inside() {
  process.stdout.write("progress\n");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

async function main() {
  const [what, arg] = process.argv.slice(2);
  const organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  if (what === "import") {
    await commitFirmImport(organizer, generatedFirmCsv(Number(arg), "interrupted-import"), await loadTaxonomy(), {
      decisions: {},
      approve: true,
      onProgress: inside,
    });
  } else if (what === "publish") {
    await publishRun(organizer, arg!, { onProgress: inside });
  }
  process.stdout.write("finished\n");
}

void main();
