// What a newcomer should see in use at the current edition (issue 21, point 8): the texts of the matching day
// in three languages (session names, tour meeting points, offer notes), bid opportunities with members, coverage
// and suggestions, challenges written in different languages with answers and a pilot order, online meetings
// allowed (a hybrid event) with a couple of meetings agreed online, and contacts saved from badges both ways
// for the demo attendees. Runs after the matching days and the tours of every edition; deterministic.
import { db } from "../../lib/db";
import { newBadgeCode } from "../../lib/check-in/badge-code";
import type { GeneratedFirm } from "./generate-firms";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { translateNote } from "./note-translations";
import { ensureConversation } from "../../lib/conversations/conversations";

type Edition = { id: string; startsAt: Date; timeZone: string };

const SESSION_NAMES: Record<string, { ja: string; vi: string }> = {
  Morning: { ja: "午前の部", vi: "Buổi sáng" },
  Afternoon: { ja: "午後の部", vi: "Buổi chiều" },
};

const MEETING_POINTS: Record<string, { ja: string; vi: string }> = {
  "National Convention Center, east lobby": {
    ja: "国家コンベンションセンター 東ロビー",
    vi: "Trung tâm Hội nghị Quốc gia, sảnh phía đông",
  },
  "Hotel Nikko Hanoi, main entrance": { ja: "ホテル日航ハノイ 正面玄関", vi: "Khách sạn Nikko Hà Nội, cổng chính" },
  "Cau Giay district office, reception": { ja: "カウザイ区オフィス 受付", vi: "Văn phòng quận Cầu Giấy, quầy lễ tân" },
};

async function translateDay() {
  for (const [name, t] of Object.entries(SESSION_NAMES))
    await db.matchingSession.updateMany({ where: { name }, data: { nameJa: t.ja, nameVi: t.vi } });
  for (const [point, t] of Object.entries(MEETING_POINTS))
    await db.tour.updateMany({
      where: { meetingPoint: point },
      data: { meetingPointJa: t.ja, meetingPointVi: t.vi },
    });
  // One update per distinct note: a few hundred, whatever the registry's size.
  const notes = await db.firmCapability.findMany({ distinct: ["note"], select: { note: true }, where: { noteJa: "" } });
  for (const { note } of notes) {
    const t = translateNote(note);
    if (t) await db.firmCapability.updateMany({ where: { note }, data: { noteJa: t.ja, noteVi: t.vi } });
  }
}

async function userOf(email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
}

async function offeredBy(firmId: string) {
  return (await db.firmCapability.findMany({ where: { firmId, direction: "OFFER" }, select: { nodeId: true } })).map(
    (c) => c.nodeId,
  );
}

/** Two bid opportunities at the current edition: one led by the Japanese demo firm, one by the Vietnamese. */
async function seedOpportunities(
  event: Edition,
  vn: GeneratedFirm[],
  jp: GeneratedFirm[],
  adminOf: (id: string) => string,
) {
  const leadJp = jp[0]!;
  const leadVn = vn[0]!;
  const uncovered = await db.taxonomyNode.findFirst({
    where: { kind: "CAPABILITY", code: { in: ["security", "cloud-migration", "erp"] } },
    orderBy: { code: "asc" },
  });
  const plans = [
    {
      lead: leadJp,
      title: "Smart factory rollout for a Thai auto-parts maker (MES, AI inspection)",
      description:
        "A Japanese-owned auto-parts group in Rayong renews its MES and adds AI visual inspection on four lines. Bid due in the spring; Thai-language support on site is a must.",
      region: "ASEAN" as const,
      country: "Thailand",
      clientType: "ENTERPRISE" as const,
      budgetBand: "M2_10" as const,
      languages: "en,ja",
      members: [vn[1]!, vn[2]!],
      invited: [vn[3]!],
    },
    {
      lead: leadVn,
      title: "Hệ thống quản lý bệnh viện cho chuỗi phòng khám tại Nhật Bản",
      description:
        "Một chuỗi 30 phòng khám tại Osaka cần hệ thống đặt lịch và hồ sơ bệnh án (HL7 FHIR). Tìm đối tác Nhật Bản phụ trách tư vấn và triển khai tại chỗ.",
      region: "JAPAN" as const,
      country: "Japan",
      clientType: "SME" as const,
      budgetBand: "K500_2M" as const,
      languages: "ja,vi",
      members: [jp[1]!],
      invited: [jp[2]!],
    },
  ];
  for (const [i, p] of plans.entries()) {
    // Requirements: what the members offer (covered) and one thing nobody in it offers yet (open: suggestions).
    const memberCaps = (await Promise.all(p.members.map((m) => offeredBy(m.id)))).flat();
    const caps = [...new Set([...memberCaps.slice(0, 3), ...(uncovered ? [uncovered.id] : [])])];
    const o = await db.opportunity.create({
      data: {
        eventId: event.id,
        leadFirmId: p.lead.id,
        title: p.title,
        description: p.description,
        region: p.region,
        country: p.country,
        clientType: p.clientType,
        budgetBand: p.budgetBand,
        deadline: new Date(event.startsAt.getTime() + (60 + 30 * i) * 86_400_000),
        languages: p.languages,
        visibility: "OPEN",
        status: i === 0 ? "READY" : "FORMING",
        createdById: adminOf(p.lead.id),
        requirements: {
          create: caps.map((capabilityId, k) => ({ capabilityId, mustHave: k < 2, weight: 5 - Math.min(k, 3) })),
        },
      },
    });
    await db.consortiumMember.createMany({
      data: [
        { opportunityId: o.id, firmId: p.lead.id, role: "LEAD", status: "ACCEPTED", invitedById: adminOf(p.lead.id) },
        ...p.members.map((m, k) => ({
          opportunityId: o.id,
          firmId: m.id,
          role: k === 0 ? ("TECHNOLOGY" as const) : ("DELIVERY" as const),
          status: "ACCEPTED" as const,
          invitedById: adminOf(p.lead.id),
        })),
        ...p.invited.map((m) => ({
          opportunityId: o.id,
          firmId: m.id,
          role: "LOCAL" as const,
          status: "INVITED" as const,
          invitedById: adminOf(p.lead.id),
        })),
      ],
    });
    await db.consortiumNote.create({
      data: {
        opportunityId: o.id,
        firmId: p.members[0]!.id,
        authorId: adminOf(p.members[0]!.id),
        body:
          i === 0
            ? "見積の前提（ライン数・検査項目）を来週までに共有します。"
            : "We can send two consultants to Osaka for the kickoff.",
      },
    });
  }
}

/** Challenges at the current edition, written in different languages (one in all three), answered, one piloted. */
async function seedChallenges(
  event: Edition,
  vn: GeneratedFirm[],
  jp: GeneratedFirm[],
  adminOf: (id: string) => string,
) {
  type Plan = {
    firm: GeneratedFirm;
    text: Record<string, string>;
    languages: string;
    budgetBand: "UNDER_100K" | "K100_500";
    answers: { firm: GeneratedFirm; body: string; pilot?: boolean }[];
  };
  const plans: Plan[] = [
    {
      firm: jp[0]!,
      text: {
        titleJa: "多言語の問い合わせ対応を自動化したい（日・英・越）",
        titleEn: "Automate customer enquiries in Japanese, English and Vietnamese",
        titleVi: "Tự động hóa trả lời khách hàng bằng tiếng Nhật, Anh và Việt",
        descriptionJa: "月8,000件の問い合わせの6割が定型です。社内FAQと連携したチャットボットを3か月で試したい。",
        descriptionEn:
          "60% of our 8,000 monthly enquiries are routine. We want to pilot a chatbot on our FAQ within three months.",
        descriptionVi:
          "60% trong 8.000 yêu cầu mỗi tháng là câu hỏi lặp lại. Chúng tôi muốn thử chatbot dựa trên FAQ trong ba tháng.",
      },
      languages: "ja,en,vi",
      budgetBand: "K100_500" as const,
      answers: [
        {
          firm: vn[1]!,
          body: "We built a RAG chatbot for a Japanese retailer (ja/en); 6-week PoC on your FAQ.",
          pilot: true,
        },
        { firm: vn[4]!, body: "Chúng tôi có đội NLP tiếng Nhật 15 người; đề xuất PoC 8 tuần." },
      ],
    },
    {
      firm: jp[1]!,
      text: {
        titleJa: "倉庫のピッキング動線を最適化したい",
        descriptionJa: "関東の物流センター（2拠点）でピッキングの歩行距離を2割減らしたい。WMSのデータは提供できます。",
      },
      languages: "ja",
      budgetBand: "UNDER_100K",
      answers: [{ firm: vn[2]!, body: "WMSデータから動線をシミュレーションし、レイアウト案を2週間で提示します。" }],
    },
    {
      firm: vn[0]!,
      text: {
        titleVi: "Tìm đối tác kiểm thử bảo mật cho ứng dụng ngân hàng",
        descriptionVi:
          "Ứng dụng ngân hàng số của chúng tôi cần kiểm thử xâm nhập theo chuẩn của khách hàng Nhật trước tháng 6.",
      },
      languages: "vi,en",
      budgetBand: "K100_500" as const,
      answers: [
        {
          firm: jp[3]!,
          body: "We run penetration tests for two Japanese megabanks and can report in Japanese and English.",
        },
      ],
    },
  ];
  for (const [i, p] of plans.entries()) {
    const createdAt = new Date(event.startsAt.getTime() - (20 - i * 3) * 86_400_000);
    const challenge = await db.challenge.create({
      data: {
        eventId: event.id,
        firmId: p.firm.id,
        ...p.text,
        budgetBand: p.budgetBand,
        languages: p.languages,
        createdById: adminOf(p.firm.id),
        createdAt,
      },
    });
    for (const a of p.answers) {
      const answer = await db.challengeAnswer.create({
        data: {
          challengeId: challenge.id,
          firmId: a.firm.id,
          body: a.body,
          shortlisted: Boolean(a.pilot),
          createdById: adminOf(a.firm.id),
          createdAt: new Date(createdAt.getTime() + 2 * 86_400_000),
        },
      });
      if (a.pilot)
        await db.pilotOrder.create({
          data: {
            answerId: answer.id,
            scope: "6週間のPoC：FAQ 300件、日英対応、有人対応への引き継ぎ",
            valueBand: "UNDER_100K",
            orderedOn: new Date(createdAt.getTime() + 9 * 86_400_000),
            createdById: adminOf(p.firm.id),
          },
        });
    }
  }
}

/** The editions allow online meetings; two accepted requests of the demo Vietnamese firm are agreed online. */
async function seedOnline(event: Edition, vnDemo: GeneratedFirm) {
  // Hybrid: the current edition, and Vietnam IT Day in Tokyo, where firms join from Vietnam.
  await db.event.updateMany({
    where: { OR: [{ id: event.id }, { slug: { startsWith: "vietnam-it-day" } }] },
    data: { onlineMeetings: true },
  });
  const accepted = await db.meetingRequest.findMany({
    where: { eventId: event.id, status: "ACCEPTED", OR: [{ fromFirmId: vnDemo.id }, { toFirmId: vnDemo.id }] },
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true },
  });
  await db.meetingRequest.updateMany({ where: { id: { in: accepted.map((r) => r.id) } }, data: { online: true } });
}

/** Badges for the demo people, and contacts saved both ways with notes and ratings. */
async function seedContacts(event: Edition, vn: GeneratedFirm[], jp: GeneratedFirm[]) {
  const people = await Promise.all(
    [DEMO_ACCOUNTS.attendeeVn, DEMO_ACCOUNTS.adminVn, DEMO_ACCOUNTS.attendeeJp, DEMO_ACCOUNTS.adminJp].map((a) =>
      userOf(a.email),
    ),
  );
  // Two more people of other firms, so the demo attendees' lists are not only each other.
  const others = await db.membership.findMany({
    where: { firmId: { in: [vn[5]!.id, jp[4]!.id] }, role: "ATTENDEE" },
    select: { userId: true, firmId: true },
  });
  const badges = new Map<string, string>();
  for (const userId of [...people.map((p) => p.id), ...others.map((o) => o.userId)]) {
    const badge = await db.badge.upsert({
      where: { eventId_userId: { eventId: event.id, userId } },
      create: { eventId: event.id, userId, code: newBadgeCode() },
      update: {},
    });
    badges.set(userId, badge.code);
  }
  const [attendeeVn, adminVn, attendeeJp, adminJp] = people.map((p) => p.id);
  const firmOf = async (userId: string) =>
    (await db.membership.findFirst({ where: { userId }, select: { firmId: true } }))?.firmId ?? null;
  const saves: { owner: string; contact: string; note: string; rating: number | null }[] = [
    {
      owner: attendeeJp!,
      contact: attendeeVn!,
      note: "AUTOSARの検証チーム（8名）あり。3月に東京で再訪問の予定。",
      rating: 5,
    },
    { owner: attendeeJp!, contact: adminVn!, note: "見積はこの方に送る。", rating: 4 },
    { owner: attendeeVn!, contact: adminJp!, note: "Quan tâm đội BrSE; gửi hồ sơ năng lực trước thứ Sáu.", rating: 4 },
    ...others.map((o) => ({ owner: attendeeVn!, contact: o.userId, note: "Met at the coffee break.", rating: 3 })),
    ...others.map((o) => ({ owner: o.userId, contact: attendeeVn!, note: "", rating: null })),
  ];
  for (const s of saves)
    await db.savedContact.create({
      data: {
        eventId: event.id,
        ownerId: s.owner,
        contactId: s.contact,
        contactFirmId: await firmOf(s.contact),
        note: s.note,
        rating: s.rating,
      },
    });
}

export async function seedShowcase(event: Edition, firms: GeneratedFirm[], adminOf: (firmId: string) => string) {
  const participating = new Set(
    (await db.participation.findMany({ where: { eventId: event.id }, select: { firmId: true } })).map((p) => p.firmId),
  );
  const approved = firms.filter((f) => f.status === "APPROVED" && participating.has(f.id));
  const vn = approved.filter((f) => f.country === "VN");
  const jp = approved.filter((f) => f.country === "JP");
  // The demo accounts belong to the first approved firm of each country; they lead and post, so they see it all.
  const vnDemo = firms.find((f) => f.country === "VN" && f.status === "APPROVED")!;
  const jpDemo = firms.find((f) => f.country === "JP" && f.status === "APPROVED")!;
  const vnList = [vnDemo, ...vn.filter((f) => f.id !== vnDemo.id)];
  const jpList = [jpDemo, ...jp.filter((f) => f.id !== jpDemo.id)];
  if (vnList.length < 6 || jpList.length < 5) return;
  await translateDay();
  await seedOpportunities(event, vnList, jpList, adminOf);
  await seedChallenges(event, vnList, jpList, adminOf);
  await seedOnline(event, vnDemo);
  await seedContacts(event, vnList, jpList);
  await seedMessages(event, vnList, jpList, adminOf);
}

/**
 * Two threads between firms, each in its writers' languages, the last message not yet read by the other side,
 * so the demo firms' people find an unread message on their home and in the header.
 */
async function seedMessages(
  event: Edition,
  vn: GeneratedFirm[],
  jp: GeneratedFirm[],
  adminOf: (firmId: string) => string,
) {
  const [adminVn, adminJp] = await Promise.all([
    userOf(DEMO_ACCOUNTS.adminVn.email),
    userOf(DEMO_ACCOUNTS.adminJp.email),
  ]);
  const threads: {
    a: GeneratedFirm;
    b: GeneratedFirm;
    lines: [GeneratedFirm, string, "ja" | "vi" | "en", string][];
  }[] = [
    {
      a: vn[0]!,
      b: jp[1]!,
      lines: [
        [
          jp[1]!,
          adminOf(jp[1]!.id),
          "ja",
          "はじめまして。車載ソフトの検証体制についてお話しできればと思います。当日10時台はいかがでしょうか。",
        ],
        [
          vn[0]!,
          adminVn.id,
          "vi",
          "Xin chào, chúng tôi rất sẵn lòng. Đội kiểm thử AUTOSAR của chúng tôi có 8 người. Hẹn gặp tại bàn nhé.",
        ],
        [jp[1]!, adminOf(jp[1]!.id), "ja", "ありがとうございます。会場でお会いできるのを楽しみにしています。"],
      ],
    },
    {
      a: vn[1]!,
      b: jp[0]!,
      lines: [
        [
          vn[1]!,
          adminOf(vn[1]!.id),
          "en",
          "Hello, we saw your post about the inspection app. We built a similar one for a Hanoi factory; could we show you a demo?",
        ],
        [jp[0]!, adminJp.id, "ja", "ご連絡ありがとうございます。ぜひデモを拝見したいです。"],
        [
          vn[1]!,
          adminOf(vn[1]!.id),
          "vi",
          "Cảm ơn anh chị! Chúng tôi sẽ mang bản demo trên máy tính bảng đến buổi gặp.",
        ],
      ],
    },
  ];
  // Spread over the days before the edition, oldest first.
  const start = event.startsAt.getTime() - 4 * 24 * 3600_000;
  for (const [t, thread] of threads.entries()) {
    const { id } = await ensureConversation(thread.a.id, thread.b.id, "MUTUAL_MATCH");
    if ((await db.message.count({ where: { conversationId: id } })) > 0) continue;
    let at = new Date(start + t * 3600_000);
    for (const [seq, [firm, senderId, locale, body]] of thread.lines.entries()) {
      at = new Date(at.getTime() + (seq + 1) * 47 * 60_000);
      await db.message.create({
        data: { conversationId: id, seq: seq + 1, senderId, senderFirmId: firm.id, body, locale, createdAt: at },
      });
      // The writer has read the thread up to their own message.
      await db.conversationRead.upsert({
        where: { conversationId_userId: { conversationId: id, userId: senderId } },
        create: { conversationId: id, userId: senderId, lastReadSeq: seq + 1, digestedSeq: seq + 1 },
        update: { lastReadSeq: seq + 1, digestedSeq: seq + 1 },
      });
    }
    await db.conversation.update({ where: { id }, data: { lastSeq: thread.lines.length, lastMessageAt: at } });
  }
}
