// CSV import: POST multipart with `file`, `mode` (preview | commit), `decisions` (JSON {row: "update"|"skip"})
// and `approve`. A preview answers JSON; a commit answers a stream of NDJSON progress lines, then the result.
import { z } from "zod";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { currentEvent } from "@/lib/events/current-event";
import { commitFirmImport, previewFirmImport } from "@/lib/firms/csv/import-firms";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";

export const dynamic = "force-dynamic";
const MAX_BYTES = 5 * 1024 * 1024;

const Options = z.object({
  mode: z.enum(["preview", "commit"]),
  decisions: z.record(z.string().regex(/^\d+$/), z.enum(["update", "skip"])).default({}),
  approve: z.boolean().default(true),
  register: z.boolean().default(true),
  eventId: z.string().min(1).max(64).optional(),
});

async function readRequest(request: Request) {
  const form = await request.formData().catch(() => null);
  if (!form) throw new AppError("INVALID_INPUT", "multipart form expected", { file: "errors.csv.noFile" });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("INVALID_INPUT", "no file", { file: "errors.csv.noFile" });
  if (file.size > MAX_BYTES) throw new AppError("INVALID_INPUT", "file too large", { file: "errors.csv.tooLarge" });
  let decisions: unknown = {};
  try {
    decisions = JSON.parse(String(form.get("decisions") ?? "{}"));
  } catch {
    throw new AppError("INVALID_INPUT", "bad decisions", { decisions: "errors.invalid" });
  }
  const options = Options.safeParse({
    mode: form.get("mode"),
    decisions,
    approve: form.get("approve") !== "false",
    register: form.get("register") !== "false",
    eventId: form.get("eventId") || undefined,
  });
  if (!options.success) throw new AppError("INVALID_INPUT", "bad options", { mode: "errors.invalid" });
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", "not UTF-8", { file: "errors.csv.notUtf8" });
  }
  return { text, options: options.data };
}

export const POST = routeHandler(
  async (request: Request) => {
    const actor = await requireActor({ kind: "organizer" });
    const { text, options } = await readRequest(request);
    const taxonomy = await loadTaxonomy();
    // The edition chosen on the import page, else the one in scope; the import checks the admin role there.
    const eventId = options.eventId ?? (await currentEvent())?.id;
    if (options.mode === "preview") return Response.json(await previewFirmImport(actor, text, taxonomy, { eventId }));

    const decisions = Object.fromEntries(Object.entries(options.decisions).map(([row, d]) => [Number(row), d]));
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send = (message: object) => controller.enqueue(encoder.encode(JSON.stringify(message) + "\n"));
        try {
          const result = await commitFirmImport(actor, text, taxonomy, {
            decisions,
            approve: options.approve,
            eventId,
            register: options.register,
            onProgress: (done, total) => send({ type: "progress", done, total }),
            onReading: (done, total) => send({ type: "progress", phase: "reading", done, total }),
          });
          send({ type: "done", ...result });
        } catch (e) {
          if (!(e instanceof AppError)) console.error(e);
          send({
            type: "error",
            error: e instanceof AppError ? e.code : "INTERNAL",
            fields: e instanceof AppError ? e.fields : {},
          });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
    });
  },
  { mutation: true, maxBodyBytes: MAX_BYTES + 1024 * 1024 },
);
