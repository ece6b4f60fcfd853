// The forms of contract a firm asks for, takes only, or refuses: "Chỉ nhận hợp đồng lab tối thiểu 3 tháng, không
// nhận dự án trọn gói (fixed price)", 契約はラボ型のみ。一括請負や短期スポットはお受けしていません, "WordPressのコーディングを
// 案件単位でお願いできる外注先", "Time-and-materials only, we do not quote fixed-price projects". A buyer that orders
// small jobs one by one and a lab that refuses them do not fit, however well the work itself does.

/** Fixed price for a whole piece of work (請負, trọn gói, lump sum). */
export const FIXED = 1;
/** A dedicated team paid by the month (ラボ型, 準委任, ODC, time and materials, retainer). */
export const LAB = 2;
/** Small jobs ordered one by one (案件単位, 単発, việc lẻ, one-off): fixed price, job by job. */
export const SPOT = 4;
export const ALL_FORMS = FIXED | LAB | SPOT;
/**
 * The work done by the partner's own staff, none of it passed on (再委託は一切不可, "no re-subcontracting"): asked by
 * a buyer, and "refused" by a vendor that says it passes part of its work to partner firms. Not one of ALL_FORMS:
 * it is asked beside a form, never instead of one.
 */
export const DIRECT = 8;

export type ContractTerms = {
  /** Forms it names as what it wants (a buyer's order, a vendor's model), alone in their statement. */
  asked: number;
  /** Forms it will not work in: refused outright, or left out by an "only". */
  refused: number;
};

const FORMS: [number, RegExp][] = [
  // Small jobs first: "small fixed-price projects", "trọn gói nhỏ lẻ", "dự án trọn gói dưới 3 man-month" refuse the
  // small ones only.
  [
    SPOT,
    /案件単位|(?:1|一)?案件ごと|固定単価|単発|スポット|都度(?:発注|依頼|のご依頼)|việc lẻ|viec le|nhỏ lẻ|nho le|(?:theo )?(?:từng )?đầu việc|\bone[- ]off\b|\bper[- ]job\b|\bjob[- ]by[- ]job\b|\bad[- ]hoc\b|\bsmall (?:fixed[- ]price )?(?:jobs|projects|orders)\b|\bsmall fixed[- ]price\b|(?:trọn gói|tron goi)\s+(?:nhỏ|nho|dưới|duoi)(?![\p{L}\p{N}_])|(?:fixed[- ]price|trọn gói|tron goi)\s+(?:projects?\s+|jobs?\s+|dự án\s+|du an\s+)?(?:under|below|dưới|duoi)\s+\d/giu,
  ],
  [
    FIXED,
    /一括請負|請負|固定価格|固定金額|\bfixed[- ]price\b|\bfixed[- ]budget\b|\blump[- ]sum\b|(?:hợp đồng|hop dong|dự án|du an|phát triển phần mềm|phat trien phan mem)\s+(?:\S+\s+){0,2}?(?:trọn gói|tron goi)|giá cố định|gia co dinh/giu,
  ],
  [
    LAB,
    /ラボ型|ラボ契約|ラボ開発|準委任|\blab[- ](?:type|based|contracts?|model|teams?)\b|\blabo\b|\bodc\b|(?:hợp đồng|hop dong|mô hình|mo hinh)\s+(?:lab|labo|odc)\b|\btime[- ]and[- ]materials?\b|\bt&m\b|\bretainers?\b|\bdedicated teams?\b|\blab\s+(?:dài hạn|dai han)|giữ người theo tháng|giu nguoi theo thang|tính phí theo tháng|tinh phi theo thang/giu,
  ],
];

/**
 * A buyer's ban on passing its work on: "再委託は一切不可です（委託先の社員のみで対応いただきます）", "再委託の禁止が条件",
 * "さらに他社へ再委託する会社は対象外", "No re-subcontracting", "không được giao thầu lại". Passing it abroad (海外への再委託は
 * 不可) is a condition on where the work is done, read with data and places, not this one.
 */
const NO_RESUBCONTRACTING =
  /(?<!海外(?:拠点)?への|海外に|国外への)再委託(?:は|を|も)?(?:一切|全面的に)?(?:不可|禁止|認めて?(?:おり)?ません|認められません|お断り|NG)|再委託の禁止|再委託なし|再委託する(?:会社|企業|ベンダー|事業者)[^。]{0,30}(?:対象外|お断り|不可)|委託先の社員のみ|\bno (?:re-?)?subcontracting\b(?! abroad| overseas)|\b(?:must|may|shall) not (?:re-?)?subcontract\b|\b(?:re-?)?subcontracting (?:is )?not (?:allowed|permitted)\b|\bown (?:staff|employees) only\b|không (?:được )?(?:giao thầu lại|thầu lại|chuyển thầu|giao lại cho (?:bên thứ ba|đơn vị khác))|khong (?:duoc )?(?:giao thau lai|thau lai|chuyen thau)/iu;
/**
 * A vendor that passes part of its work on: "繁忙期にはベトナム国内の協力会社（2社）へ一部を再委託する場合がございます",
 * "Peak時は提携先（ダナンの協力会社3社）と連携して体制を拡大します", "at peak we subcontract part of the work to partner
 * firms", "giao một phần cho công ty vệ tinh", "For peak loads we bring in vetted subcontractor teams".
 */
const PASSES_WORK_ON =
  /(?:協力会社|提携先|パートナー企業|外部パートナー)(?:[（(][^)）]{0,20}[)）])?(?:\s*\d+社)?(?:[（(][^)）]{0,20}[)）])?\s*(?:へ|に)[^。]{0,8}(?:再委託|外注)|再委託する(?:場合|こと)が(?:ございます|あります)|(?:提携先|協力会社)[^。]{0,24}と連携して[^。]{0,12}(?:拡大|増強|拡張)|\b(?:re-?subcontract|subcontract|pass)(?:s|ing)? (?:part|some|overflow)(?: of (?:the|our) work)? (?:to|with) (?:\w+ )?(?:partner|partners|subcontractors)\b|\bscale up with (?:\w+ )?(?:partner firms|subcontractors|sub-?partners)\b|\b(?:scale|scales|scaling)(?: up)? (?:through|via) (?:our |a )?(?:(?:network|pool|bench) of )?(?:partner )?subcontractors\b|\b(?:leverage|use|rely on) (?:a|our) (?:network|pool|bench) of (?:partner )?subcontractors\b|(?:mở rộng|mo rong) (?:năng lực|nang luc|nhân sự|nhan su|đội ngũ|doi ngu|quy mô|quy mo)[^.;]{0,20}(?:thông qua|thong qua|qua|với|voi) (?:mạng lưới |mang luoi )?(?:thầu phụ|thau phu)|(?:hợp tác|hop tac|phối hợp|phoi hop) với (?:các )?(?:công ty vệ tinh|cong ty ve tinh|thầu phụ|thau phu)[^.;]{0,30}(?:bổ sung|bo sung|tăng|tang) (?:nhân sự|nhan su|năng lực|nang luc)|giao (?:lại )?một phần (?:công việc )?cho (?:các )?(?:đối tác|công ty vệ tinh|thầu phụ)|\b(?:bring|brings|bringing) in (?:\w+ ){0,2}(?:subcontractors?|subcontractor teams?|partner teams|partner firms)\b|\b(?:covered|handled|absorbed) by (?:our |a |the )?(?:\w+ )?(?:subcontractors|subcontractor teams)\b|(?:sử dụng|su dung|dùng|dung|thuê|thue) (?:thêm )?(?:các )?(?:đội )?(?:thầu phụ|thau phu)/iu;
const SELF_DENIAL =
  /しません|行いません|行っておりません|いたしません|しておりません|\bnever\b|\bdo not\b|\bdon't\b|không|khong/iu;

/** Words for a large piece of work: a form refused only when large is no refusal of the form. */
const LARGE = /\b(?:large|big)\s*$|(?:lớn|lon)$|大規模な?$|大型の?$/iu;
const LARGE_AFTER = /^\s*(?:lớn|lon)\b/iu;

const DENIAL_AFTER =
  /^[^。．.]{0,24}?(?:お受けして(?:おり|い)?ません|(?:し|対応し|受け)ておらず|いたしません|ありません|しません|受けて(?:おり|い)?ません|受け付けて(?:おり|い)?ません|行って(?:おり|い)?ません|対応して(?:おり|い)?ません|想定して(?:おり|い)?ません|しておりません|はNG|は不可|不可|お断り|対象外|希望しません|必要ありません|ではなく)/u;
const DENIAL_BEFORE =
  /(?:không|khong|chưa|chua)\s+(?:\S+\s+){0,6}$|\b(?:no|not|never|don't|do not|does not|doesn't|won't|will not|cannot|can't|can not|unable to|rather than|instead of)\b[^.;]{0,40}$/iu;
const ONLY_AFTER = /^\s*(?:only\b|のみ|だけ|に限|限定)|^[^、。,.;]{0,12}(?:のみ|だけ)/iu;
const ONLY_BEFORE = /(?:chỉ|chi)\s+(?:\S+\s+){0,4}$|\bonly\s+(?:\S+\s+){0,2}$|\bexclusively\s+$/iu;
/** Either form will do: "ラボ型でも請負でも構いません", "ODC hoặc trọn gói", "準委任・請負どちらも可". */
const EITHER = /どちらも|どちらでも|いずれも|でも構いません|でもかまいません|でも可|hoặc|hoac|\bor\b|\beither\b/iu;

/** What lies between two forms of one list: brackets, a connector, a few words ("trọn gói (fixed price) hay việc lẻ"). */
const LISTED =
  /^[\s()（）/・、,]*(?:(?:hay|hoặc|hoac|or|nor|and|và|va|や|及び|および|または|、|・)[\s()（）]*\p{L}{0,4})?[\s()（）/・、,]*$/u;

type FormAt = { form: number; start: number; end: number };

function formsIn(line: string): FormAt[] {
  const found: FormAt[] = [];
  for (const [form, pattern] of FORMS)
    for (const m of line.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      if (LARGE.test(line.slice(Math.max(0, start - 8), start)) || LARGE_AFTER.test(line.slice(end, end + 6))) continue;
      found.push({ form, start, end });
    }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The contract forms one firm's statements ask for and refuse. What it asks is read from what it looks for
 * only: "Hợp đồng lab (ODC) quy mô từ 2 đến 10 người" among its offers is how it sells, not how it buys.
 */
export function readContractTerms(seeks: string[], others: string[]): ContractTerms {
  let asked = 0;
  let refused = 0;
  const texts = [...seeks.map((text) => ({ text, sought: true })), ...others.map((text) => ({ text, sought: false }))];
  for (const { text, sought } of texts)
    for (const line of text.toLowerCase().split(/\n|(?<=[。.!?])\s*/u)) {
      if (sought && NO_RESUBCONTRACTING.test(line)) asked |= DIRECT;
      else if (PASSES_WORK_ON.test(line) && !SELF_DENIAL.test(line)) refused |= DIRECT;
      const forms = formsIn(line);
      if (!forms.length) continue;
      // Each form's own words run to the next form: "一括請負に対応できること（ラボ型のみの会社さまはお断り…" refuses
      // the lab, not fixed price.
      const states = forms.map((f, i) => {
        // (…and from the form before: "Không làm lab dài hạn, chỉ nhận dự án trọn gói" refuses the lab, takes only
        // fixed price.)
        const before = line.slice(Math.max(forms[i - 1]?.end ?? 0, f.start - 48), f.start);
        const after = line.slice(f.end, forms[i + 1]?.start ?? line.length);
        if (DENIAL_BEFORE.test(before) || DENIAL_AFTER.test(after)) return "refused";
        if (ONLY_BEFORE.test(before) || ONLY_AFTER.test(after)) return "only";
        return "named";
      });
      // Forms listed together share the word that governs the list: the denial before them ("không nhận dự án
      // trọn gói (fixed price) hay việc lẻ"), or after them in Japanese (一括請負や短期スポットはお受けしていません).
      const listed = (i: number) => LISTED.test(line.slice(forms[i]!.end, forms[i + 1]!.start));
      for (let i = 1; i < forms.length; i++)
        if (states[i] === "named" && states[i - 1] !== "named" && listed(i - 1)) states[i] = states[i - 1]!;
      for (let i = forms.length - 2; i >= 0; i--)
        if (states[i] === "named" && states[i + 1] === "refused" && listed(i) && !DENIAL_BEFORE.test(line))
          states[i] = "refused";
      let only = 0;
      let named = 0;
      forms.forEach((f, i) => {
        if (states[i] === "refused") refused |= f.form;
        else if (states[i] === "only") only |= f.form;
        else named |= f.form;
      });
      // "Lab only" leaves out fixed price and small jobs; "fixed price only" leaves out the lab, not small jobs
      // (they are fixed price too).
      if (only) refused |= ALL_FORMS & ~only & ~(only & (FIXED | SPOT) ? FIXED | SPOT : 0);
      const wanted = only | named;
      // One form named as the way to work: what it asks. Two named as alternatives ask neither.
      if (sought && wanted && !(wanted & (wanted - 1) && EITHER.test(line))) asked |= wanted;
    }
  // A form both asked and refused (a vendor that refuses fixed price and orders small jobs of its own) is asked.
  return { asked, refused: refused & ~asked };
}

export type ContractClash = {
  /** The form in question: the one the buyer asks, or the only ones the seller takes. */
  form: number;
  /** The seller takes only forms the buyer rules out (rather than refusing the one asked). */
  only: boolean;
};

/**
 * The buyer asks a form the seller refuses (a small job of a firm that refuses fixed price too, whose small jobs
 * are fixed price), or the seller takes only forms the buyer refuses, or asks its clients only for such forms
 * ("日本の小売企業のお客様（ラボ型、5名以上）" of a buyer that "cannot do … lab contracts"). Masks, as the scoring
 * kernel keeps them.
 */
export function contractClash(
  buyerAsked: number,
  buyerRefused: number,
  sellerRefused: number,
  sellerAsked = 0,
): ContractClash | null {
  const sellerRefuses = sellerRefused & FIXED ? sellerRefused | SPOT : sellerRefused;
  const asked = buyerAsked & sellerRefuses;
  if (asked) return { form: asked, only: false };
  const takes = ALL_FORMS & ~sellerRefused;
  if (sellerRefused !== 0 && buyerRefused !== 0 && (takes & ~buyerRefused) === 0) return { form: takes, only: true };
  // (Work kept in-house, asked of the seller's own suppliers, is no form it takes.)
  const sellerForms = sellerAsked & ALL_FORMS;
  if (sellerForms !== 0 && (buyerRefused & ALL_FORMS) !== 0 && (sellerForms & ~buyerRefused) === 0)
    return { form: sellerForms, only: true };
  return null;
}

/** Whether contractClash finds one, for the all-pairs loop (it allocates only for the rare pair that clashes). */
export function contractsClash(
  buyerAsked: number,
  buyerRefused: number,
  sellerRefused: number,
  sellerAsked = 0,
): boolean {
  return contractClash(buyerAsked, buyerRefused, sellerRefused, sellerAsked) !== null;
}

/**
 * The form named in a reason: fixed price before small jobs (which are fixed price too), then the lab; work done
 * in-house only when no form is in the mask. A mask of none (a seller that refuses all three forms, contractClash's
 * `takes`) names the lab, as before DIRECT existed, never the re-subcontracting ban it does not concern.
 */
export function formName(mask: number): "fixed" | "lab" | "spot" | "direct" {
  if (mask & FIXED) return "fixed";
  if (mask & SPOT) return "spot";
  if (mask & LAB) return "lab";
  return mask & DIRECT ? "direct" : "lab";
}
