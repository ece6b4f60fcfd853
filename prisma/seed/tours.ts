// The demo's company tours: Japanese and Vietnamese hosts, one on the matching day's afternoon (it blocks the
// slots of whoever joins), two the day after; one for Japanese delegations only, one with host approval.
import { localInstant, localParts } from "../../lib/time/event-time";
import { db } from "../../lib/db";
import type { GeneratedFirm } from "./generate-firms";

export async function seedTours(
  event: { id: string; startsAt: Date; timeZone: string },
  firms: GeneratedFirm[],
  createdById: string,
) {
  const day = localParts(event.startsAt, event.timeZone).date;
  const at = (dayOffset: number, h: number, min: number) =>
    localInstant(day, `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`, event.timeZone, dayOffset);
  const vnHost = firms.filter((f) => f.country === "VN" && f.status === "APPROVED")[1]!;
  const jpHost = firms.filter((f) => f.country === "JP" && f.status === "APPROVED")[1]!;
  const tours = [
    {
      hostFirmId: vnHost.id,
      titleEn: "Offshore development centre: a day with the automotive team",
      titleJa: "オフショア開発センター見学：車載チームの一日",
      titleVi: "Tham quan trung tâm phát triển offshore: một ngày với đội ô tô",
      descriptionEn:
        "See how a 300-engineer centre runs AUTOSAR projects for Japanese OEMs, from bridge engineers to testing labs.",
      descriptionJa:
        "300名規模の開発センターが日本の自動車メーカー向けAUTOSAR案件をどう進めているか、ブリッジSEから試験ラボまでご覧いただけます。",
      descriptionVi:
        "Xem một trung tâm 300 kỹ sư vận hành dự án AUTOSAR cho các hãng xe Nhật Bản, từ kỹ sư cầu nối đến phòng thử nghiệm.",
      startsAt: at(0, 15, 30),
      endsAt: at(0, 17, 0),
      meetingPoint: "National Convention Center, east lobby",
      transport: "Shuttle bus, 20 minutes",
      seats: 12,
      languages: "ja,vi",
      eligibleCountries: "JP",
      hostApproval: false,
    },
    {
      hostFirmId: jpHost.id,
      titleEn: "Smart factory line and quality control with AI",
      titleJa: "スマート工場ラインとAI品質管理",
      titleVi: "Dây chuyền nhà máy thông minh và kiểm soát chất lượng bằng AI",
      descriptionEn:
        "A Japanese manufacturer's Hanoi plant: vision inspection, predictive maintenance and what they look for in IT partners.",
      descriptionJa: "日系メーカーのハノイ工場：画像検査、予知保全、そしてITパートナーに求めること。",
      descriptionVi:
        "Nhà máy tại Hà Nội của một nhà sản xuất Nhật Bản: kiểm tra bằng thị giác máy, bảo trì dự đoán và điều họ tìm ở đối tác CNTT.",
      startsAt: at(1, 9, 0),
      endsAt: at(1, 11, 30),
      meetingPoint: "Hotel Nikko Hanoi, main entrance",
      transport: "Chartered bus",
      seats: 20,
      languages: "ja,vi,en",
      eligibleCountries: "",
      hostApproval: false,
    },
    {
      hostFirmId: vnHost.id,
      titleEn: "Security operations centre (ISO 27001) – by approval",
      titleJa: "セキュリティオペレーションセンター（ISO 27001）見学・承認制",
      titleVi: "Trung tâm điều hành an ninh (ISO 27001) – cần duyệt",
      descriptionEn: "Limited to eight visitors; the host approves each place because of the client areas on the tour.",
      descriptionJa: "定員8名。顧客エリアを含むため、受入企業が参加者を承認します。",
      descriptionVi: "Tối đa tám người; đơn vị đón tiếp duyệt từng người vì chuyến đi qua khu vực của khách hàng.",
      startsAt: at(1, 14, 0),
      endsAt: at(1, 15, 30),
      meetingPoint: "Cau Giay district office, reception",
      transport: "On foot from the metro",
      seats: 8,
      languages: "vi,en",
      eligibleCountries: "",
      hostApproval: true,
    },
  ];
  await db.tour.createMany({ data: tours.map((t) => ({ ...t, eventId: event.id, createdById })) });
  return tours.length;
}
