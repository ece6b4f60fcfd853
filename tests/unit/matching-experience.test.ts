// Years of working experience asked of the people a partner sends, and a partner that offers only new graduates and
// interns (lib/matching/text/experience.ts): an SES firm asking 実務経験3年以上 is no client of a university.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { experienceAsked, juniorsOnly } from "@/lib/matching/text/experience";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, expectToldInEveryLanguage, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("years of experience asked", () => {
  it("reads them in three languages, the least when several", () => {
    expect(experienceAsked(["JLPT N2以上、実務経験3年以上が条件です。"])).toBe(3);
    expect(experienceAsked(["Engineers with at least 5 years of hands-on experience in Java"])).toBe(5);
    expect(experienceAsked(["Developers with 3+ years experience with React"])).toBe(3);
    expect(experienceAsked(["Kỹ sư tiếng Nhật N2, kinh nghiệm từ 3 năm"])).toBe(3);
    expect(experienceAsked(["Kỹ sư tối thiểu 2 năm kinh nghiệm Java", "実務経験4年以上"])).toBe(2);
  });
  it("does not read a firm's age, a duration or experience without years as asked", () => {
    expect(experienceAsked(["設立3年以上の企業様に限ります"])).toBe(0);
    expect(experienceAsked(["Flutterでの実務経験は必須です"])).toBe(0);
    expect(experienceAsked(["A team for at least 3 years of maintenance"])).toBe(0);
  });
});

describe("a partner with only juniors", () => {
  it("is one that offers graduates or interns and no experienced people", () => {
    expect(juniorsOnly(["Sinh viên thực tập và sinh viên mới tốt nghiệp ngành CNTT có tiếng Nhật N3–N2"])).toBe(true);
    expect(juniorsOnly(["情報系3・4年生のインターンシップ派遣"])).toBe(true);
    expect(
      juniorsOnly([
        "Trường đại học đào tạo CNTT với chương trình kỹ sư cầu nối Nhật Bản; mỗi năm có khoảng 120 sinh viên tốt nghiệp.",
      ]),
    ).toBe(true);
  });
  it("is not a firm that also sends engineers, states their experience or denies juniors", () => {
    expect(
      juniorsOnly([
        "Phái cử BrSE và kỹ sư IT sang Nhật (N2 trở lên, kinh nghiệm từ 3 năm). Tuyển sinh viên mới tốt nghiệp.",
      ]),
    ).toBe(false);
    expect(juniorsOnly(["Placement of Vietnamese software engineers to work in Japan", "We also take interns"])).toBe(
      false,
    );
    expect(juniorsOnly(["Tuyen chon ky su IT co tieng Nhat N2", "Khong phai chuong trinh thuc tap sinh ky nang"])).toBe(
      false,
    );
    expect(juniorsOnly(["Offshore development for Japanese clients"])).toBe(false);
  });
});

describe("the pair", () => {
  const ses = matchFirm({
    id: "ses",
    country: "JP",
    seeksText:
      "来日して顧客先に常駐できるベトナム人エンジニアを紹介・派遣してくれるパートナー。JLPT N2以上、実務経験3年以上が条件です。",
  });
  const university = matchFirm({
    id: "uni",
    country: "VN",
    offersText: "Sinh viên thực tập và sinh viên mới tốt nghiệp ngành CNTT có tiếng Nhật N3–N2",
    seeksText: "Doanh nghiệp Nhật Bản tiếp nhận thực tập sinh và tuyển dụng sinh viên mới tốt nghiệp",
  });
  const staffing = matchFirm({
    id: "staff",
    country: "VN",
    offersText: "Phái cử kỹ sư IT sang Nhật làm việc onsite (tiếng Nhật N2 trở lên, kinh nghiệm từ 3 năm)",
    seeksText: "Đối tác Nhật Bản tiếp nhận kỹ sư làm việc tại Nhật",
  });

  it("breaks when the people asked for years of experience can only be juniors, and says so in three languages", () => {
    const e = engineWith(concepts, ses, university, staffing);
    expect(e.score("ses", "uni", { sameCountry: true })!.broken).toBe(true);
    expect(e.score("ses", "staff", { sameCountry: true })!.broken).toBe(false);
    const why = e.explain("ses", "uni").filter((r) => r.kind === "juniorsOnly");
    expect(why).toEqual([{ kind: "juniorsOnly", side: "they", minimum: 3 }]);
    expectToldInEveryLanguage(why);
    expect(e.explain("uni", "ses").filter((r) => r.kind === "juniorsOnly")).toEqual([
      { kind: "juniorsOnly", side: "you", minimum: 3 },
    ]);
  });
  it("does not break for a firm that also looks for graduates", () => {
    const hiring = matchFirm({
      id: "hire",
      country: "JP",
      seeksText: "実務経験3年以上のエンジニアを紹介できるパートナー ⏎ 新卒採用に協力してくれる大学".replace(
        " ⏎ ",
        "\n",
      ),
    });
    const e = engineWith(concepts, hiring, university);
    expect(e.score("hire", "uni", { sameCountry: true })!.broken).toBe(false);
  });
});

describe("what a review found (helper, session 53)", () => {
  it("reads no demand in the firm's own years, nor juniors in a software house that takes interns", () => {
    expect(
      experienceAsked([
        "With over 10 years of experience in offshore development, we are looking for Japanese clients.",
      ]),
    ).toBe(0);
    expect(experienceAsked(["当社は開発経験20年以上の実績を活かし、新規顧客を開拓したい。"])).toBe(0);
    expect(experienceAsked(["3年以上の実務経験があるエンジニア"])).toBe(3);
    expect(
      juniorsOnly([
        "ABC Software provides web and mobile app development for Japanese clients. We accept interns every year.",
      ]),
    ).toBe(false);
    expect(juniorsOnly(["当社はWebシステム開発を行う会社です。毎年新卒を採用しています。"])).toBe(false);
  });
});
