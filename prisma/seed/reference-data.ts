// Organizing bodies, events and the sector part of the taxonomy for the demo.
export const ORGANIZING_BODIES = [
  {
    code: "VINASA",
    country: "VN",
    nameEn: "Vietnam Software and IT Services Association",
    nameJa: "ベトナムソフトウェア・ITサービス協会",
    nameVi: "Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam",
  },
  {
    code: "JETRO",
    country: "JP",
    nameEn: "Japan External Trade Organization",
    nameJa: "日本貿易振興機構",
    nameVi: "Tổ chức Xúc tiến Thương mại Nhật Bản",
  },
  {
    code: "JISA",
    country: "JP",
    nameEn: "Japan Information Technology Services Industry Association",
    nameJa: "情報サービス産業協会",
    nameVi: "Hiệp hội Công nghiệp Dịch vụ Thông tin Nhật Bản",
  },
  {
    code: "VJC",
    country: "VN",
    nameEn: "Vietnam–Japan IT Cooperation Committee",
    nameJa: "日越IT協力委員会",
    nameVi: "Ủy ban Hợp tác CNTT Việt Nam – Nhật Bản",
  },
] as const;

/** The local calendar day `weeks` weeks after `now` in the zone, as YYYY-MM-DD. */
function dayAhead(now: Date, weeks: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(now.getTime() + weeks * 7 * 86_400_000),
  );
}

/** An instant from a local day and time with the zone's offset ("2027-01-25", "08:30", "+07:00"). */
const at = (day: string, time: string, offset: string) => `${day}T${time}:00${offset}`;

/**
 * The demo's editions, so that the demo stays alive whatever day it is seeded: Japan ICT Day 2026 (Hanoi,
 * 4 February 2026) is a past edition with its meetings held and their outcomes; the next Japan ICT Day (Da Nang)
 * is eight weeks after the seeding day, its request deadline six weeks after, and is the current edition where
 * every flow can be tried; Vietnam IT Day (Tokyo, Asia/Tokyo) twenty weeks ahead shows a second time zone.
 */
export function demoEditions(now: Date = new Date()) {
  const daNang = dayAhead(now, 8, "Asia/Ho_Chi_Minh");
  const deadline = dayAhead(now, 6, "Asia/Ho_Chi_Minh");
  const tokyo = dayAhead(now, 20, "Asia/Tokyo");
  const year = (day: string) => day.slice(0, 4);
  return [
    {
      slug: "japan-ict-day-2026",
      series: "japan-ict-day",
      nameEn: "Japan ICT Day 2026",
      nameJa: "ジャパンICTデー 2026",
      nameVi: "Ngày CNTT Nhật Bản 2026",
      city: "Hanoi",
      venue: "National Convention Center",
      timeZone: "Asia/Ho_Chi_Minh",
      startsAt: "2026-02-04T08:30:00+07:00",
      endsAt: "2026-02-04T17:30:00+07:00",
      requestDeadline: "2026-02-02T17:00:00+07:00",
      isCurrent: false,
      bodies: ["VINASA", "JETRO", "JISA", "VJC"],
      kind: "past",
    },
    {
      slug: `japan-ict-day-${year(daNang)}-da-nang`,
      series: "japan-ict-day",
      nameEn: `Japan ICT Day ${year(daNang)} Da Nang`,
      nameJa: `ジャパンICTデー ${year(daNang)} ダナン`,
      nameVi: `Ngày CNTT Nhật Bản ${year(daNang)} Đà Nẵng`,
      city: "Da Nang",
      venue: "Ariyana Convention Centre",
      timeZone: "Asia/Ho_Chi_Minh",
      startsAt: at(daNang, "08:30", "+07:00"),
      endsAt: at(daNang, "17:30", "+07:00"),
      requestDeadline: at(deadline, "17:00", "+07:00"),
      isCurrent: true,
      bodies: ["VINASA", "JETRO", "JISA", "VJC"],
      kind: "upcoming",
    },
    {
      slug: `vietnam-it-day-${year(tokyo)}`,
      series: "vietnam-it-day",
      nameEn: `Vietnam IT Day ${year(tokyo)}`,
      nameJa: `ベトナムITデー ${year(tokyo)}`,
      nameVi: `Ngày CNTT Việt Nam ${year(tokyo)}`,
      city: "Tokyo",
      venue: "Tokyo International Forum",
      timeZone: "Asia/Tokyo",
      startsAt: at(tokyo, "09:30", "+09:00"),
      endsAt: at(tokyo, "18:00", "+09:00"),
      requestDeadline: null,
      isCurrent: false,
      bodies: ["VINASA", "JETRO", "VJC"],
      kind: "second",
    },
  ] as const;
}

export type SectorSeed = {
  /** A SECTOR code of lib/taxonomy/taxonomy-data.ts. */
  code: string;
  /** Capabilities a firm in the sector typically offers (VN) or seeks (JP), as taxonomy codes. */
  capabilities: string[];
  /** What a firm in the sector does, as the rest of a sentence ("We ..."), in each language. */
  doesEn: string;
  doesJa: string;
  doesVi: string;
};

export const SECTORS: SectorSeed[] = [
  {
    code: "automotive",
    capabilities: ["automotive-software", "embedded", "test-automation"],
    doesEn: "develop embedded and AUTOSAR software for automotive parts makers",
    doesJa: "自動車部品メーカー向けに車載組込みソフトウェア（AUTOSAR）を開発しています",
    doesVi: "phát triển phần mềm nhúng và AUTOSAR cho các nhà sản xuất linh kiện ô tô",
  },
  {
    code: "finance",
    capabilities: ["core-banking", "web-apps", "security"],
    doesEn: "build core banking, payment and securities trading systems",
    doesJa: "勘定系・決済・証券取引システムを構築しています",
    doesVi: "xây dựng hệ thống ngân hàng lõi, thanh toán và giao dịch chứng khoán",
  },
  {
    code: "healthcare",
    capabilities: ["web-apps", "mobile-apps", "computer-vision"],
    doesEn: "build hospital information systems, medical imaging tools and telemedicine apps",
    doesJa: "病院情報システム、医用画像ツール、遠隔診療アプリを開発しています",
    doesVi: "phát triển hệ thống thông tin bệnh viện, công cụ hình ảnh y tế và ứng dụng khám bệnh từ xa",
  },
  {
    code: "retail",
    capabilities: ["ecommerce-platforms", "data-engineering", "mobile-apps"],
    doesEn: "run e-commerce platforms, point-of-sale systems and customer analytics for retailers",
    doesJa: "小売業向けにECプラットフォーム、POSシステム、顧客データ分析を提供しています",
    doesVi:
      "vận hành nền tảng thương mại điện tử, hệ thống bán hàng (POS) và phân tích dữ liệu khách hàng cho nhà bán lẻ",
  },
  {
    code: "logistics",
    capabilities: ["web-apps", "data-engineering", "iot-firmware"],
    doesEn: "develop warehouse management, route optimisation and fleet tracking software",
    doesJa: "倉庫管理、配送ルート最適化、車両追跡のソフトウェアを開発しています",
    doesVi: "phát triển phần mềm quản lý kho, tối ưu tuyến đường và theo dõi đội xe",
  },
  {
    code: "semiconductors",
    capabilities: ["chip-design", "embedded", "test-automation"],
    doesEn: "provide chip design verification, embedded firmware and test automation for semiconductor makers",
    doesJa: "半導体メーカー向けに回路設計検証、組込みファームウェア、テスト自動化を提供しています",
    doesVi: "cung cấp dịch vụ kiểm chứng thiết kế chip, firmware nhúng và tự động hóa kiểm thử cho các hãng bán dẫn",
  },
  {
    code: "ai",
    capabilities: ["machine-learning", "computer-vision", "ai-ocr", "nlp"],
    doesEn: "build computer vision, Japanese and Vietnamese language models and AI-OCR solutions",
    doesJa: "画像認識、日本語・ベトナム語の言語モデル、AI-OCRソリューションを開発しています",
    doesVi: "phát triển giải pháp thị giác máy tính, mô hình ngôn ngữ tiếng Nhật – tiếng Việt và AI-OCR",
  },
  {
    code: "smart-manufacturing",
    capabilities: ["mes", "iot-firmware", "data-engineering"],
    doesEn: "connect factory equipment with IoT, MES and predictive maintenance systems",
    doesJa: "IoT・MES・予知保全システムで工場設備をつないでいます",
    doesVi: "kết nối thiết bị nhà máy bằng IoT, hệ thống MES và bảo trì dự đoán",
  },
  {
    code: "green-tech",
    capabilities: ["energy-management", "iot-firmware", "web-apps"],
    doesEn: "build software for solar farms, EV charging networks and recycling traceability",
    doesJa: "太陽光発電所、EV充電ネットワーク、リサイクルのトレーサビリティ向けソフトウェアを開発しています",
    doesVi: "xây dựng phần mềm cho trang trại điện mặt trời, mạng lưới sạc xe điện và truy xuất nguồn gốc tái chế",
  },
  {
    code: "energy-optimization",
    capabilities: ["energy-management", "data-engineering", "iot-firmware"],
    doesEn: "optimise energy use in buildings and plants with sensors, analytics and demand response",
    doesJa: "センサーとデータ分析、デマンドレスポンスでビルや工場のエネルギー使用を最適化しています",
    doesVi:
      "tối ưu hóa sử dụng năng lượng cho tòa nhà và nhà máy bằng cảm biến, phân tích dữ liệu và điều chỉnh phụ tải",
  },
  {
    code: "carbon-measurement",
    capabilities: ["carbon-accounting", "data-engineering", "web-apps"],
    doesEn: "measure and report greenhouse gas emissions across supply chains (Scope 1–3)",
    doesJa: "サプライチェーン全体の温室効果ガス排出量（Scope 1〜3）を算定・報告しています",
    doesVi: "đo lường và báo cáo phát thải khí nhà kính trên toàn chuỗi cung ứng (Phạm vi 1–3)",
  },
];
