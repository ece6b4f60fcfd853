// A firm's name without its legal form, for places with little room (a cell of the schedule grid): "Công ty TNHH
// Giải pháp Công nghệ Sao Việt" -> "Giải pháp Công nghệ Sao Việt", "株式会社彩システムズ" -> "彩システムズ". The full
// name stays in the cell's title and label. Pure.
const LEGAL_FORMS = [
  /^công ty (trách nhiệm hữu hạn|tnhh|cổ phần|cp)( một thành viên| mtv)?\s+/iu,
  /^công ty\s+/iu,
  /^(株式会社|有限会社|合同会社)\s*/u,
  /\s*(株式会社|有限会社|合同会社)$/u,
  /[,\s]+(co\.,?\s*ltd\.?|jsc|inc\.?|corp\.?|corporation|k\.k\.|llc)$/iu,
];

export function shortFirmName(name: string): string {
  let short = name.trim();
  for (const form of LEGAL_FORMS) short = short.replace(form, "");
  return short.trim() || name.trim();
}

// Words of a Vietnamese IT firm's name that say what it does, not which firm it is ("Giải pháp Công nghệ Sao Việt").
const VIETNAMESE_DESCRIPTORS =
  /^(giải pháp|công nghệ|phần mềm|chuyển đổi số|dịch vụ|cntt|hệ thống|thông tin|dữ liệu|tư vấn|số|và)\s+/iu;

/**
 * Shorter still, for a grid cell: also the leading words of a Vietnamese name that describe the trade, so "Công ty
 * TNHH Giải pháp Công nghệ Sao Việt" reads "Sao Việt". Never empty: a name made only of such words stays whole.
 */
export function briefFirmName(name: string): string {
  let brief = shortFirmName(name);
  for (let i = 0; i < 6 && VIETNAMESE_DESCRIPTORS.test(brief); i++) {
    const next = brief.replace(VIETNAMESE_DESCRIPTORS, "");
    if (!next.trim()) break;
    brief = next;
  }
  return brief;
}
