// The CSV import, in two steps: a preview (every bad row, every row that looks like a firm already in the
// registry) and a commit that writes all rows or none, in one transaction. The commit validates again: a
// preview is advice to the organizer, not a promise the file is still good.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireRoleAt } from "@/lib/events/staff-roles";
import type { Country } from "@/lib/generated/prisma/client";
import { countriesVettedBy } from "../vetting";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { firmColumns, writeFirmLists } from "../save-firm-profile";
import type { CsvIssue } from "./csv-issue";
import { findDuplicates, type Duplicate } from "./find-duplicates";
import { checkFirmCsv } from "./check-firm-csv";
import type { ValidRow } from "./validate-firm-rows";
import { profileTexts } from "../save-firm-profile";
import { readingIndex } from "@/lib/matching/registry-engine";
import { readingColumns, readProfileTextLoaded } from "@/lib/matching/read-profile-text";
import { loadJapanese } from "@/lib/matching/text/japanese";

export type ImportPreview = {
  rows: number;
  valid: number;
  issues: CsvIssue[];
  duplicates: Duplicate[];
  /** New firms by country, and which of those countries the importer's body may approve at the event. */
  newByCountry: Partial<Record<Country, number>>;
  approvable: Country[];
};
export type ImportResult = { created: number; updated: number; skipped: number; approved: number; pending: number };
export type DuplicateDecision = "update" | "skip";

async function analyse(text: string, taxonomy: TaxonomyTree) {
  const { rows, valid, issues } = checkFirmCsv(text, taxonomy);
  const existing = await db.firm.findMany({
    select: { id: true, nameEn: true, nameLocal: true, website: true, ref: true },
  });
  return { rows, valid, issues, duplicates: findDuplicates(valid, existing) };
}

/**
 * Imports are an event admin's work, for an edition they administer. The countries their body vets there are
 * the only ones an import may approve: the vetting split holds in the import as in the queue.
 */
async function importerScope(actor: Actor, eventId: string | undefined): Promise<Set<Country>> {
  const target = eventId ?? actor.staff?.eventId;
  if (!target) throw new AppError("FORBIDDEN", "organizers only");
  const staff = await requireRoleAt(actor, target, ["EVENT_ADMIN"]);
  return countriesVettedBy(target, staff.bodyId);
}

export async function previewFirmImport(
  actor: Actor,
  text: string,
  taxonomy: TaxonomyTree,
  options: { eventId?: string } = {},
): Promise<ImportPreview> {
  const approvable = await importerScope(actor, options.eventId);
  const { rows, valid, issues, duplicates } = await analyse(text, taxonomy);
  const duplicateRows = new Set(duplicates.map((d) => d.row));
  const newByCountry: Partial<Record<Country, number>> = {};
  for (const r of valid)
    if (!duplicateRows.has(r.line)) newByCountry[r.profile.country] = (newByCountry[r.profile.country] ?? 0) + 1;
  return { rows, valid: valid.length, issues, duplicates, newByCountry, approvable: [...approvable] };
}

/**
 * Writes every row, or none. `decisions` says, per duplicate row, whether to update the existing firm or skip
 * the row (default: skip). With `approve` (organizers importing a vetted list), new firms of the countries the
 * importer's body vets at the event are approved; the others stay pending, in their body's queue. New firms are
 * registered for `eventId` if given. `onProgress` is called as rows are written.
 */
export async function commitFirmImport(
  actor: Actor,
  text: string,
  taxonomy: TaxonomyTree,
  options: {
    decisions: Record<number, DuplicateDecision>;
    approve: boolean;
    /** The edition the import is for (the vetting split, and where new firms register); default the actor's. */
    eventId?: string;
    /** Register the new firms for the edition (default yes). */
    register?: boolean;
    onProgress?: (done: number, total: number) => void;
    /** Rows whose texts have been read for the matching (before the transaction: seconds for 2,000 rows). */
    onReading?: (done: number, total: number) => void;
  },
): Promise<ImportResult> {
  const approvable = await importerScope(actor, options.eventId);
  const { valid, issues, duplicates } = await analyse(text, taxonomy);
  if (issues.length > 0)
    throw new AppError("INVALID_INPUT", `${issues.length} problems in the file`, { file: "errors.csv.fixFirst" });
  const duplicateOf = new Map(duplicates.map((d) => [d.row, d]));
  const toCreate = valid.filter((r) => !duplicateOf.has(r.line));
  const toUpdate = valid.filter((r) => duplicateOf.has(r.line) && options.decisions[r.line] === "update");
  const skipped = valid.length - toCreate.length - toUpdate.length;
  const approves = (row: ValidRow) => options.approve && approvable.has(row.profile.country);
  const registerFor = options.register === false ? null : (options.eventId ?? actor.staff?.eventId ?? null);
  const approved = toCreate.filter(approves).length;
  const rowsToWrite = toCreate.length + toUpdate.length;
  const total = rowsToWrite;
  const CHUNK = 200;
  const readings = new Map<number, ReturnType<typeof readingColumns>>();
  {
    await loadJapanese();
    const index = await readingIndex();
    let read = 0;
    for (const row of [...toCreate, ...toUpdate]) {
      readings.set(row.line, readingColumns(readProfileTextLoaded(profileTexts(row.profile), index)));
      read += 1;
      if (read % 50 === 0 || read === rowsToWrite) {
        options.onReading?.(read, total);
        // Let the progress event go out between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  await db.$transaction(
    async (tx) => {
      let done = 0;
      for (let i = 0; i < toCreate.length; i += CHUNK) {
        const chunk = toCreate.slice(i, i + CHUNK).map((row) => ({ row, id: randomUUID() }));
        const now = new Date();
        await tx.firm.createMany({
          data: chunk.map(({ row, id }) => ({
            id,
            ...firmColumns(row.profile),
            ...readings.get(row.line),
            status: approves(row) ? ("APPROVED" as const) : ("PENDING" as const),
            ...(approves(row) ? { vettedAt: now, vettedById: actor.userId } : {}),
          })),
        });
        const p = (row: ValidRow) => row.profile;
        await tx.firmSector.createMany({
          data: chunk.flatMap(({ row, id }) =>
            [...new Set(p(row).sectorIds)].map((sectorId) => ({ firmId: id, sectorId })),
          ),
        });
        await tx.firmCapability.createMany({
          data: chunk.flatMap(({ row, id }) => [
            ...[...new Set(p(row).offers.map((o) => o.nodeId))].map((nodeId) => ({
              firmId: id,
              nodeId,
              direction: "OFFER" as const,
            })),
            ...[...new Set(p(row).seeks.map((o) => o.nodeId))].map((nodeId) => ({
              firmId: id,
              nodeId,
              direction: "SEEK" as const,
            })),
          ]),
        });
        await tx.firmMarket.createMany({
          data: chunk.flatMap(({ row, id }) => [...new Set(p(row).markets)].map((market) => ({ firmId: id, market }))),
        });
        await tx.firmCertification.createMany({
          data: chunk.flatMap(({ row, id }) =>
            [...new Set(p(row).certifications)].map((kind) => ({
              firmId: id,
              kind,
              level: kind === "CMMI" ? p(row).cmmiLevel : null,
            })),
          ),
        });
        await tx.firmRequiredCertification.createMany({
          data: chunk.flatMap(({ row, id }) =>
            [...new Set(p(row).requiredCertifications)].map((kind) => ({ firmId: id, kind })),
          ),
        });
        await tx.firmTag.createMany({
          data: chunk.flatMap(({ row, id }) => p(row).tags.map((tag) => ({ firmId: id, tag }))),
        });
        await tx.firmContact.createMany({
          data: chunk.flatMap(({ row, id }) => p(row).contacts.map((c) => ({ firmId: id, ...c }))),
        });
        await tx.firmIntent.createMany({
          data: chunk.flatMap(({ row, id }) => [...new Set(p(row).intents)].map((intent) => ({ firmId: id, intent }))),
        });
        await tx.firmPartnerLanguage.createMany({
          data: chunk.flatMap(({ row, id }) =>
            [...new Set(p(row).partnerLanguages)].map((language) => ({ firmId: id, language })),
          ),
        });
        await tx.firmPartnerPresence.createMany({
          data: chunk.flatMap(({ row, id }) =>
            [...new Set(p(row).partnerPresence)].map((place) => ({ firmId: id, place })),
          ),
        });
        if (registerFor)
          await tx.participation.createMany({
            data: chunk.map(({ id }) => ({ eventId: registerFor, firmId: id })),
          });
        done += chunk.length;
        options.onProgress?.(done, total);
      }
      for (const row of toUpdate) {
        const firmId = duplicateOf.get(row.line)!.firmId;
        await tx.firm.update({
          where: { id: firmId },
          data: { ...firmColumns(row.profile), ...readings.get(row.line) },
        });
        await writeFirmLists(tx, firmId, row.profile);
        done += 1;
        if (done % 50 === 0 || done === total) options.onProgress?.(done, total);
      }
      await audit(
        tx,
        actor,
        "firms.import",
        { type: "import", id: randomUUID() },
        { created: toCreate.length, updated: toUpdate.length, skipped, approved, pending: toCreate.length - approved },
      );
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return { created: toCreate.length, updated: toUpdate.length, skipped, approved, pending: toCreate.length - approved };
}
