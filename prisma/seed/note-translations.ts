// The seed's offer and seek notes (generate-firms.ts) in Japanese and Vietnamese, so Japanese and Vietnamese
// pages do not show English notes. Pure (a unit test translates every note the generator writes).
/** The seed's offer and seek notes (generate-firms.ts) in Japanese and Vietnamese. */
export function translateNote(note: string): { ja: string; vi: string } | null {
  const fixed: Record<string, { ja: string; vi: string }> = {
    "Dedicated offshore team (ODC), Japanese-speaking leads": {
      ja: "専任オフショアチーム（ODC）、日本語が話せるリーダー",
      vi: "Đội offshore chuyên trách (ODC), trưởng nhóm nói tiếng Nhật",
    },
    "Domain expertise and clients in Japan": {
      ja: "業界知見と日本の顧客基盤",
      vi: "Chuyên môn ngành và khách hàng tại Nhật Bản",
    },
    "Partner for joint projects in Japan": {
      ja: "日本での共同プロジェクトのパートナー",
      vi: "Đối tác cho các dự án chung tại Nhật Bản",
    },
    "Offshore team for a 12-month project": {
      ja: "12か月のプロジェクト向けオフショアチーム",
      vi: "Đội offshore cho dự án 12 tháng",
    },
  };
  if (fixed[note]) return fixed[note];
  let m = /^(\d+) engineers$/.exec(note);
  if (m) return { ja: `エンジニア${m[1]}名`, vi: `${m[1]} kỹ sư` };
  m = /^(\d+) bridge engineers \(BrSE\)$/.exec(note);
  if (m) return { ja: `ブリッジSE（BrSE）${m[1]}名`, vi: `${m[1]} kỹ sư cầu nối (BrSE)` };
  m = /^Team of (\d+) engineers in Vietnam$/.exec(note);
  if (m) return { ja: `ベトナムのエンジニア${m[1]}名のチーム`, vi: `Đội ${m[1]} kỹ sư tại Việt Nam` };
  return null;
}
