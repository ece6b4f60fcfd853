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
