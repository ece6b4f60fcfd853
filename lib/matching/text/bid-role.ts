// The part a firm takes in a bid consortium, where it says it takes only one: it leads ("元請は当社が務めます。他社が
// 主導するコンソーシアムへの参加は考えておりません", "We lead all bids") or it only joins ("当社は元請にはなりません",
// "chỉ tham gia với vai trò thành viên liên danh, không đứng đầu", "We cannot give bid bond and cannot lead the bid").
// Two firms that both lead, or both only join, are not each other's consortium: someone has to lead, and a lead
// does not join another's bid. A firm that says it leads some bids and joins others says neither.

/** The one part a firm takes in consortia. */
export type BidRole = "lead" | "member";

const LEADS_ONLY = [
  /元請(?:は|を)?(?:当社|弊社)が(?:務め|担)/u,
  /他社が(?:主導|幹事)(?:する|を務める)?(?:コンソーシアム|共同企業体|jv)(?:へ|に)?の?参加は(?:考えて(?:おり|い)ません|いたしません|しません|行って(?:おり|い)ません)/iu,
  /\bwe lead all (?:our )?(?:bids|tenders|consortia)\b/iu,
  /\bwe (?:want|intend|prefer) to be the (?:lead|prime)\b/iu,
  /\bwe (?:only|always) (?:bid|act|join) as (?:the )?(?:prime|lead)\b/iu,
  /(?:chỉ|luôn) (?:làm|đóng vai trò|là) (?:nhà thầu chính|bên đứng đầu|đứng đầu liên danh)/iu,
];

const JOINS_ONLY = [
  /元請(?:に|と)?は(?:なりません|なれません|務めません|いたしません|致しません|行いません|行っておりません|行っていません)/u,
  /元請(?:として|での)(?:の)?(?:参加|入札)は(?:行って|考えて)(?:おり|い)ません/u,
  /\b(?:cannot|can't|do not|don't|will not|won't|never)\s+(?:lead|be\s+(?:the\s+)?(?:prime|lead))\b/iu,
  /(?:không|khong)\s+(?:bao giờ\s+|bao gio\s+)?(?:đứng đầu|dung dau)/iu,
  /(?:không|khong)\s+(?:làm|lam)\s+(?:nhà thầu chính|nha thau chinh)/iu,
  /(?:chỉ|chi)\s+tham gia\s+(?:với\s+)?(?:vai trò|tư cách)\s+(?:là\s+)?thành viên/iu,
  /(?:chỉ|chi)\s+(?:làm|lam)\s+(?:thầu phụ|thau phu)/iu,
  /\bwe (?:only )?join (?:consortia |bids )?as (?:an? )?(?:[\w-]+ )?member\b/iu,
  /\bonly (?:partner with|join) (?:[\w-]+[- ])?led consortia\b/iu,
];

/**
 * Whether a statement says the firm only joins bids ("当社は元請は行いません", "không làm nhà thầu chính", "we join as
 * member"): a part it takes in consortia, not consortia refused.
 */
export const joinsOnly = (text: string): boolean => JOINS_ONLY.some((p) => p.test(text));

/** The one part a firm's texts say it takes in consortia, or null (none said, or both). */
export function bidRoleIn(texts: string[]): BidRole | null {
  const text = texts.join("\n");
  const leads = LEADS_ONLY.some((p) => p.test(text));
  const joins = joinsOnly(text);
  return leads === joins ? null : leads ? "lead" : "member";
}
