// The registry against the seeded demo database: imports are all-or-nothing, vetting follows the bodies'
// queues, profiles change only by their own admins, search works the same on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors";
import { commitFirmImport, previewFirmImport } from "@/lib/firms/csv/import-firms";
import { FIRM_CSV_COLUMNS } from "@/lib/firms/csv/firm-csv-columns";
import { exportFirmsCsv } from "@/lib/firms/csv/export-firms";
import { DirectoryQuery } from "@/lib/firms/directory-query";
import { searchDirectory } from "@/lib/firms/search-directory";
import { registerFirm, updateFirmProfile } from "@/lib/firms/save-firm-profile";
import { vetFirm, vettingQueue } from "@/lib/firms/vetting";
import { inviteColleague } from "@/lib/firms/invitations";
import { signUp } from "@/lib/auth/sign-up";
import { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { demoActor } from "../support/demo-actor";

const TAG = `it${Date.now().toString(36)}`;
let taxonomy: TaxonomyTree;
let vinasa: LoadedActor, jetro: LoadedActor, adminVn: LoadedActor, adminJp: LoadedActor;

const csv = (rows: Record<string, string>[]) =>
  [
    FIRM_CSV_COLUMNS.join(","),
    ...rows.map((r) => FIRM_CSV_COLUMNS.map((c) => JSON.stringify(r[c] ?? "")).join(",")),
  ].join("\n");
const row = (n: number, extra: Record<string, string> = {}) => ({
  name_local: `株式会社${TAG}テスト${n}`,
  name_en: `${TAG} Test ${n} Co., Ltd.`,
  country: "JP",
  city: "Osaka",
  employees: "50-249",
  website: `https://www.${TAG}-${n}.jp`,
  sectors: "automotive",
  description_ja: `${TAG}は自動車部品メーカー向けのソフトウェアを開発しています。`,
  contact_name: "山田 花子",
  contact_email: `info@${TAG}-${n}.jp`,
  ...extra,
});

beforeAll(async () => {
  taxonomy = new TaxonomyTree(await db.taxonomyNode.findMany());
  [vinasa, jetro, adminVn, adminJp] = (await Promise.all(
    ["organizer.vinasa", "organizer.jetro", "admin.vn", "admin.jp"].map((n) =>
      demoActor(`${n}@demo.kakehashi.example`),
    ),
  )) as [LoadedActor, LoadedActor, LoadedActor, LoadedActor];
});

afterAll(async () => {
  await db.firm.deleteMany({ where: { nameEn: { startsWith: TAG } } });
  await db.user.deleteMany({ where: { email: { contains: TAG } } });
  await db.$disconnect();
});

describe("CSV import", () => {
  it("with two bad rows stores nothing and names both problems", async () => {
    const before = await db.firm.count();
    const text = csv([row(1), row(2, { country: "Mars" }), row(3), row(4, { employees: "many" })]);
    const preview = await previewFirmImport(vinasa, text, taxonomy);
    expect(preview.issues.map((i) => [i.row, i.column])).toEqual([
      [3, "country"],
      [5, "employees"],
    ]);
    const error = await commitFirmImport(vinasa, text, taxonomy, { decisions: {}, approve: true }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(await db.firm.count()).toBe(before);
  });

  it("after fixing, stores every row with its lists, and reports progress", async () => {
    const progress: number[] = [];
    const result = await commitFirmImport(jetro, csv([row(1), row(2), row(3)]), taxonomy, {
      decisions: {},
      approve: true,
      onProgress: (d) => progress.push(d),
    });
    expect(result).toEqual({ created: 3, updated: 0, skipped: 0, approved: 3, pending: 0 });
    expect(progress.at(-1)).toBe(3);
    const firm = await db.firm.findFirstOrThrow({
      where: { nameEn: `${TAG} Test 2 Co., Ltd.` },
      include: { sectors: true, contacts: true },
    });
    expect(firm.status).toBe("APPROVED");
    expect(firm.sectors).toHaveLength(1);
    expect(firm.contacts[0]?.email).toBe(`info@${TAG}-2.jp`);
  });

  it("treats the same website as a duplicate: skipped by default, updated when chosen", async () => {
    const text = csv([row(1, { city: "Kobe" }), row(2, { city: "Kyoto", name_en: `${TAG} Renamed Two` })]);
    const preview = await previewFirmImport(vinasa, text, taxonomy);
    expect(preview.duplicates.map((d) => [d.row, d.reason])).toEqual([
      [2, "website"],
      [3, "website"],
    ]);
    const result = await commitFirmImport(vinasa, text, taxonomy, { decisions: { 3: "update" }, approve: true });
    expect(result).toEqual({ created: 0, updated: 1, skipped: 1, approved: 0, pending: 0 });
    expect((await db.firm.findFirstOrThrow({ where: { website: `https://www.${TAG}-1.jp` } })).city).toBe("Osaka");
    expect((await db.firm.findFirstOrThrow({ where: { website: `https://www.${TAG}-2.jp` } })).city).toBe("Kyoto");
  });

  it("approves only the countries the importer's body vets: a Japanese firm in a VINASA import waits for JETRO", async () => {
    const text = csv([
      row(21),
      row(22, { country: "VN", name_local: `Công ty ${TAG} 22`, website: `https://${TAG}-22.vn` }),
    ]);
    const preview = await previewFirmImport(vinasa, text, taxonomy);
    expect(preview.newByCountry).toEqual({ JP: 1, VN: 1 });
    expect(preview.approvable).not.toContain("JP");
    const result = await commitFirmImport(vinasa, text, taxonomy, { decisions: {}, approve: true });
    expect(result).toMatchObject({ created: 2, approved: 1, pending: 1 });
    const jp = await db.firm.findFirstOrThrow({ where: { nameEn: `${TAG} Test 21 Co., Ltd.` } });
    expect(jp.status).toBe("PENDING");
    const { vettingQueue } = await import("@/lib/firms/vetting");
    expect((await vettingQueue(jetro)).map((f) => f.id)).toContain(jp.id);
    expect((await vettingQueue(vinasa)).map((f) => f.id)).not.toContain(jp.id);
    await db.firm.deleteMany({ where: { nameEn: { in: [`${TAG} Test 21 Co., Ltd.`, `${TAG} Test 22 Co., Ltd.`] } } });
  });

  it("is for organizers only", async () => {
    await expect(previewFirmImport(adminVn, csv([row(9)]), taxonomy)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportFirmsCsv(adminJp)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("exports with a byte-order mark and Japanese intact", async () => {
    const text = await exportFirmsCsv(jetro);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain(`株式会社${TAG}テスト1`);
  });
});

describe("directory search on the database", () => {
  it("finds a Japanese word inside a longer one, and Vietnamese without diacritics", async () => {
    const ja = await searchDirectory(DirectoryQuery.parse({ q: `自動車 ${TAG}` }), taxonomy);
    expect(ja.firms.map((f) => f.nameEn).sort()).toEqual(
      [`${TAG} Renamed Two`, `${TAG} Test 1 Co., Ltd.`, `${TAG} Test 3 Co., Ltd.`].sort(),
    );
    const vi = await searchDirectory(DirectoryQuery.parse({ q: "phan mem", country: "VN" }), taxonomy);
    expect(vi.total).toBeGreaterThan(0);
    expect(vi.firms.every((f) => f.country === "VN")).toBe(true);
  });

  it("never lists firms that are not approved", async () => {
    const pending = await db.firm.findFirstOrThrow({ where: { status: "PENDING" } });
    const result = await searchDirectory(DirectoryQuery.parse({ q: pending.nameEn.split(" ")[0] }), taxonomy);
    expect(result.firms.map((f) => f.id)).not.toContain(pending.id);
  });
});

describe("vetting", () => {
  it("splits the queue by country and refuses decisions outside it", async () => {
    const { firmId } = await registerFirm(adminVn, {
      profile: {
        nameLocal: `Công ty ${TAG}`,
        nameEn: `${TAG} Vietnam JSC`,
        country: "VN",
        city: "Hue",
        employeeBand: "B1_49",
        descriptionVi: "Phần mềm",
      },
    });
    expect((await vettingQueue(vinasa)).map((f) => f.id)).toContain(firmId);
    expect((await vettingQueue(jetro)).map((f) => f.id)).not.toContain(firmId);
    await expect(vetFirm(jetro, { decision: "approve", firmId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(vetFirm(vinasa, { decision: "reject", firmId, reason: "no" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await vetFirm(vinasa, { decision: "reject", firmId, reason: "Please register the IT subsidiary." });
    const firm = await db.firm.findUniqueOrThrow({ where: { id: firmId } });
    expect([firm.status, firm.rejectionReason]).toEqual(["REJECTED", "Please register the IT subsidiary."]);
    await expect(vetFirm(vinasa, { decision: "approve", firmId })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("profile ownership", () => {
  it("another firm's admin cannot change a profile, and nothing changes", async () => {
    const target = adminVn.memberships[0]!.firmId;
    const before = await db.firm.findUniqueOrThrow({ where: { id: target } });
    await expect(
      updateFirmProfile(adminJp, {
        firmId: target,
        profile: {
          nameLocal: "Hacked",
          nameEn: "Hacked",
          country: "VN",
          city: "X",
          employeeBand: "B1_49",
          descriptionEn: "x",
        },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.firm.findUniqueOrThrow({ where: { id: target } })).nameEn).toBe(before.nameEn);
  });

  it("a bad edit by the owner changes nothing either", async () => {
    const target = adminVn.memberships[0]!.firmId;
    const before = await db.firm.findUniqueOrThrow({ where: { id: target }, include: { sectors: true } });
    await expect(
      updateFirmProfile(adminVn, {
        firmId: target,
        profile: {
          nameLocal: "",
          nameEn: "New",
          country: "VN",
          city: "X",
          employeeBand: "B1_49",
          descriptionEn: "x",
          sectorIds: ["no-such-node"],
        },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const after = await db.firm.findUniqueOrThrow({ where: { id: target }, include: { sectors: true } });
    expect([after.nameEn, after.sectors.length]).toEqual([before.nameEn, before.sectors.length]);
  });
});

describe("organizers editing a firm", () => {
  it("is allowed and goes in the audit log with who did it", async () => {
    const organizer = await demoActor("organizer.jetro@demo.kakehashi.example");
    const pending = await db.firm.findFirstOrThrow({ where: { status: "PENDING" }, orderBy: { id: "desc" } });
    await updateFirmProfile(organizer, {
      firmId: pending.id,
      profile: {
        nameLocal: pending.nameLocal,
        nameEn: pending.nameEn,
        country: pending.country,
        city: pending.city,
        employeeBand: pending.employeeBand,
        descriptionEn: "Corrected by the organizers.",
      },
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "firm.edit", targetId: pending.id },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.actorId).toBe(organizer.userId);
  });
});

describe("invitations", () => {
  it("a colleague invited before signing up joins the firm at sign-up", async () => {
    const firmId = adminJp.memberships[0]!.firmId;
    const email = `colleague.${TAG}@example.jp`;
    expect(await inviteColleague(adminJp, { firmId, email })).toBe("invited");
    await expect(inviteColleague(adminJp, { firmId, email })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(inviteColleague(adminVn, { firmId, email: `x.${TAG}@example.jp` })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { userId } = await signUp({ displayName: "中村 悠斗", email, password: "Kyoto-bridge-2026", locale: "ja" });
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_firmId: { userId, firmId } } });
    expect(membership.role).toBe("ATTENDEE");
  });
});
