// Working experience: the least years of it a firm asks of the people a partner sends (実務経験3年以上, "at least 3
// years of experience", "kinh nghiệm từ 3 năm"), and a partner that offers only new graduates and interns (新卒,
// "fresh graduates", sinh viên mới tốt nghiệp), which cannot meet it. An SES firm asking for experienced engineers
// is no client of a university's graduates (DH, session 53).

/** The years of experience asked (0: none). */
const YEARS_ASKED = [
  // 実務経験3年以上, 経験3年以上, 開発経験5年以上, 3年以上の実務経験, 経験年数3年以上 (not 設立3年以上, the firm's age:
  // founding.ts)
  /経験(?:年数)?\s*(\d{1,2})\s*年\s*以上/u,
  /(\d{1,2})\s*年\s*以上の(?:実務|開発)?経験/u,
  // "at least 3 years of experience", "3+ years of hands-on experience", "minimum 5 years' experience"
  /\b(?:at least|minimum(?: of)?|over|more than)\s+(\d{1,2})\s+years?(?:'|’)?\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}experience\b/iu,
  /\b(\d{1,2})\s*\+\s*years?(?:'|’)?\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}experience\b/iu,
  // "kinh nghiệm từ 3 năm", "kinh nghiệm tối thiểu 2 năm", "từ 3 năm kinh nghiệm trở lên", "trên 5 năm kinh nghiệm"
  /(?:kinh nghiệm|kinh nghiem)\s+(?:làm việc\s+|lam viec\s+)?(?:từ|tu|trên|tren|tối thiểu|toi thieu|ít nhất|it nhat)\s+(\d{1,2})\s+(?:năm|nam)(?![\p{L}])/iu,
  /(?:từ|tu|trên|tren|tối thiểu|toi thieu|ít nhất|it nhat)\s+(\d{1,2})\s+(?:năm|nam)\s+(?:kinh nghiệm|kinh nghiem)/iu,
];

/** People a firm offers who have no working experience yet. */
const JUNIORS =
  /新卒|インターン|卒業予定|\b(?:new|fresh|recent)\s+graduates?\b|\bgraduates\b|\binterns?\b|\binternships?\b|sinh viên (?:mới )?tốt nghiệp|sinh vien (?:moi )?tot nghiep|sinh viên thực tập|sinh vien thuc tap|thực tập sinh|thuc tap sinh/iu;
/** …and what says it has experienced people too. */
const EXPERIENCED =
  /経験\s*\d|経験者|ベテラン|\b\d{1,2}\s*\+?\s*years?(?:'|’)?\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}experience\b|\bexperienced\s+(?:engineers?|developers?|staff)\b|\bsenior\b|(?:năm|nam)\s+(?:kinh nghiệm|kinh nghiem)|(?:kinh nghiệm|kinh nghiem)\s+(?:từ|tu|trên|tren)\s+\d|kỹ sư có kinh nghiệm|ky su co kinh nghiem/iu;

/** The firm speaking of itself: its own years are a claim, not a demand ("With over 10 years of experience, we…"). */
const OWN = /当社|弊社|我々|私たち|自社|\b(?:we|our|us)\b|chúng tôi|chung toi|công ty mình/iu;
/** People the years are asked of. */
const OF_PEOPLE =
  /実務経験|エンジニア|技術者|開発者|要員|人材|候補者|メンバー|\b(?:engineers?|developers?|staff|members?|people|candidates?|testers?|consultants?|brse)\b|kỹ sư|ky su|lập trình viên|lap trinh vien|nhân sự|nhan su|ứng viên|ung vien/iu;

/** The least years of experience a firm's needs ask of people (0: none). */
export function experienceAsked(seekTexts: string[]): number {
  let least = 0;
  const asked = seekTexts
    .flatMap((t) => t.split(/[。.\n]+/u))
    .filter((text) => !OWN.test(text) && OF_PEOPLE.test(text));
  for (const text of asked)
    for (const re of YEARS_ASKED) {
      const m = re.exec(text);
      const years = m ? Number(m[1]) : 0;
      if (years > 0 && years <= 20 && (least === 0 || years < least)) least = years;
    }
  return least;
}

/** Engineers or candidates offered, said apart from juniors. */
const PEOPLE =
  /\b(?:engineers?|developers?|candidates?|specialists?)\b|エンジニア|技術者|人材|kỹ sư|ky su|ứng viên|ung vien|lập trình viên|lap trinh vien/iu;
/** People named as what a course makes ("chương trình kỹ sư cầu nối", "BrSE training", エンジニア育成): no one offered. */
const TRAINED =
  /(?:chương trình|chuong trinh|khóa|khoa|đào tạo|dao tao)\s+(?:[\p{L}]+\s+){0,1}(?:kỹ sư|ky su|lập trình viên|lap trinh vien)|\b(?:engineers?|developers?)\s+(?:training|courses?|programmes?|programs?|bootcamps?)\b|(?:エンジニア|技術者|人材)(?:の)?(?:育成|研修|教育|養成)/giu;
/** A denial in the sentence ("Không phải chương trình thực tập sinh", "no Technical Intern programmes"). */
const DENIED = /\b(?:no|not|never|don't|do not)\b|không|khong|chưa|chua|ではありません|ません|しない|対象外/iu;

/**
 * Whether what a firm offers and says of itself names only juniors: graduates or interns in a sentence that does
 * not deny them, and no experienced people, nor engineers or candidates in a sentence of their own.
 */
export function juniorsOnly(ownTexts: string[]): boolean {
  const sentences = ownTexts.flatMap((t) => t.split(/[.。\n;；!?！？]+/u)).filter((x) => x.trim());
  const juniors = sentences.filter((x) => JUNIORS.test(x) && !DENIED.test(x));
  return (
    juniors.length > 0 &&
    !sentences.some((x) => EXPERIENCED.test(x)) &&
    !sentences.some((x) => !JUNIORS.test(x) && PEOPLE.test(x.replace(TRAINED, " "))) &&
    // (a software house that takes interns or hires graduates builds things: it sends no juniors)
    !sentences.some((x) => BUILDS.test(x))
  );
}
/** Work a firm builds or takes on. */
const BUILDS =
  /\b(?:develop\w*|build\w*|outsourc\w*|offshore|software house|web|apps?|systems?|products?)\b|開発|受託|システム|オフショア|phát triển|phat trien|xây dựng|xay dung|gia công|gia cong|phần mềm|phan mem/iu;
