// A firm the organizers imported for the upcoming edition that nobody has joined yet: its contact was offered
// the administrator place three days before the seeding day and has not answered. The overview flags it and
// Registrations → Firms' people lists it (resend, change the address), so the demo shows both (issue 17).
import { db } from "../../lib/db";
import { searchNameOf, searchTextOf } from "../../lib/firms/search-text";
import type { ConceptIndex } from "../../lib/matching/concept-index";
import { readingColumns, readProfileTextLoaded } from "../../lib/matching/read-profile-text";

const DAY = 86_400_000;

export async function seedUnjoinedFirm(options: {
  eventId: string;
  invitedById: string;
  index: ConceptIndex;
  nodeIds: Map<string, string>;
  now: Date;
}): Promise<void> {
  const { eventId, invitedById, index, nodeIds, now } = options;
  const names = {
    nameLocal: "Công ty TNHH Phần mềm Hải Vân",
    nameEn: "Hai Van Software Co., Ltd.",
    nameJa: "ハイヴァン・ソフトウェア",
  };
  const description = {
    descriptionEn: "Embedded and automotive software for Japanese parts makers, from Da Nang.",
    descriptionJa: "ダナンから日本の自動車部品メーカー向けに組込み・車載ソフトウェアを開発しています。",
    descriptionVi: "Phát triển phần mềm nhúng và phần mềm ô tô cho các nhà sản xuất linh kiện Nhật Bản, từ Đà Nẵng.",
  };
  const tags = ["AUTOSAR", "Da Nang"];
  await db.firm.create({
    data: {
      id: "seed-firm-unjoined",
      ...names,
      ...description,
      country: "VN",
      city: "Da Nang",
      employeeBand: "B50_249",
      website: "https://www.haivan-software.example",
      status: "APPROVED",
      vettedAt: new Date(now.getTime() - 3 * DAY),
      vettedById: invitedById,
      ref: "VINASA-IMPORT-0042",
      japaneseSpeakers: 14,
      bridgeEngineers: 3,
      firmType: "VENDOR",
      searchName: searchNameOf(names),
      searchText: searchTextOf({ ...names, city: "Da Nang", tags, ...description }),
      ...readingColumns(readProfileTextLoaded({ ...description, tags, offerNotes: [], seekNotes: [] }, index)),
      tags: { create: tags.map((tag) => ({ tag })) },
      sectors: nodeIds.has("automotive") ? { create: [{ sectorId: nodeIds.get("automotive")! }] } : undefined,
      contacts: {
        create: [{ name: "Võ Thị Thu", title: "Giám đốc kinh doanh", email: "thu.vo@haivan-software.example" }],
      },
      participations: { create: [{ eventId, registeredAt: new Date(now.getTime() - 3 * DAY) }] },
      invitations: {
        create: [
          {
            email: "thu.vo@haivan-software.example",
            role: "FIRM_ADMIN",
            invitedById,
            createdAt: new Date(now.getTime() - 3 * DAY),
            expiresAt: new Date(now.getTime() + 11 * DAY),
          },
        ],
      },
    },
  });
}
