import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ICAL from "ical.js";
import Papa from "papaparse";
import { CSV_COLUMNS, foldLine, splitName, toCsv, toVCard, type ExportContact } from "@/lib/contacts/contact-export";
import { badgeCodeFromScan } from "@/lib/contacts/scan-code";

const base: ExportContact = {
  name: "Nguyễn Văn An",
  email: "an@saoviet.example",
  firmLocal: "Công ty Cổ phần Sao Việt",
  firmEn: "Sao Viet JSC",
  country: "VN",
  website: "https://saoviet.example",
  language: "vi",
  note: "Wants an AUTOSAR team; call in March, 週明けに連絡",
  rating: 4,
  eventName: "Japan ICT Day 2026",
  savedAt: new Date("2026-02-04T03:20:00Z"),
};
const tanaka: ExportContact = {
  ...base,
  name: "田中 花子",
  email: "tanaka@example.jp",
  firmLocal: "株式会社テスト",
  firmEn: "Test KK",
  country: "JP",
  language: "ja",
  note: '=HYPERLINK("http://evil")',
  rating: null,
};

describe("names", () => {
  it("reads the family name first for Vietnamese and Japanese names, last for Western ones", () => {
    expect(splitName("Nguyễn Văn An", "VN")).toEqual({ family: "Nguyễn", given: "Văn An" });
    expect(splitName("田中 花子", "JP")).toEqual({ family: "田中", given: "花子" });
    expect(splitName("田中　花子", null)).toEqual({ family: "田中", given: "花子" });
    expect(splitName("Anna Schmidt", "OTHER")).toEqual({ family: "Schmidt", given: "Anna" });
    expect(splitName("Madonna", "OTHER")).toEqual({ family: "Madonna", given: "" });
  });
});

describe("vCard 4.0", () => {
  it("parses back (ical.js) to the same person, firm, note and language", () => {
    const text = toVCard([base, tanaka]);
    expect(text.endsWith("\r\n")).toBe(true);
    const cards = ICAL.parse(`${text}`);
    const list = (Array.isArray(cards[0]) ? cards : [cards]).map((c: unknown) => new ICAL.Component(c as never));
    expect(list).toHaveLength(2);
    const [an, hanako] = list;
    expect(an!.getFirstPropertyValue("version")).toBe("4.0");
    expect(an!.getFirstPropertyValue("fn")).toBe("Nguyễn Văn An");
    expect(an!.getFirstPropertyValue("n")).toEqual(["Nguyễn", "Văn An", "", "", ""]);
    expect(an!.getFirstPropertyValue("email")).toBe("an@saoviet.example");
    expect(an!.getFirstPropertyValue("org")).toBe("Sao Viet JSC (Công ty Cổ phần Sao Việt)");
    expect(an!.getFirstPropertyValue("note")).toBe(
      "Japan ICT Day 2026 · ★★★★☆ (4/5)\nWants an AUTOSAR team; call in March, 週明けに連絡",
    );
    expect(an!.getFirstPropertyValue("lang")).toBe("vi");
    expect(hanako!.getFirstPropertyValue("n")).toEqual(["田中", "花子", "", "", ""]);
  });

  it("folds long lines at 75 octets without splitting a character, and unfolds to the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        const line = `NOTE:${s}`;
        const folded = foldLine(line);
        for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
  });
});

describe("CSV layouts", () => {
  const parse = (csv: string) => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  };

  it("HubSpot: its contact property labels, with first and last name split", () => {
    const [row] = parse(toCsv([base], "hubspot"));
    expect(Object.keys(row!)).toEqual(CSV_COLUMNS.hubspot.map((c) => c.header));
    expect(row).toMatchObject({
      "First Name": "Văn An",
      "Last Name": "Nguyễn",
      Email: "an@saoviet.example",
      "Company Name": "Sao Viet JSC (Công ty Cổ phần Sao Việt)",
      "Country/Region": "Vietnam",
      "Kakehashi Rating": "4",
    });
  });

  it("Salesforce leads: the Data Import Wizard's labels; Last Name and Company always filled; rating as Hot/Warm/Cold", () => {
    const rows = parse(
      toCsv([base, tanaka, { ...base, name: "X", firmEn: "", firmLocal: "", rating: 3 }], "salesforce"),
    );
    expect(Object.keys(rows[0]!)).toEqual([
      "First Name",
      "Last Name",
      "Company",
      "Email",
      "Website",
      "Country",
      "Lead Source",
      "Rating",
      "Description",
    ]);
    expect(rows.map((r) => [r["Last Name"], r.Company, r.Rating])).toEqual([
      ["Nguyễn", "Sao Viet JSC (Công ty Cổ phần Sao Việt)", "Hot"],
      ["田中", "Test KK (株式会社テスト)", ""],
      ["X", "(unknown)", "Warm"],
    ]);
  });

  it("a note that looks like a formula stays text in a spreadsheet", () => {
    const [, row] = parse(toCsv([base, tanaka], "plain"));
    expect(row!.note!.startsWith("'=")).toBe(true);
  });
});

describe("badge scans", () => {
  it("reads the code from the badge's addresses, a bare code, or what was typed", () => {
    expect(badgeCodeFromScan("https://kakehashi.example/ja/organizer/check-in?code=K7M2QX9P")).toBe("K7M2QX9P");
    expect(badgeCodeFromScan("https://kakehashi.example/b/K7M2QX9P")).toBe("K7M2QX9P");
    expect(badgeCodeFromScan("k7m2 qx9p")).toBe("K7M2QX9P");
    expect(badgeCodeFromScan(" K7M2-QX9P ")).toBe("K7M2QX9P");
  });
  it("says a scan is no badge: another QR code, a look-alike character, nothing", () => {
    for (const s of ["https://example.com/", "WIFI:S:venue;T:WPA;P:secret;;", "K7M2QX9O", "", "x".repeat(600)])
      expect(badgeCodeFromScan(s)).toBeNull();
  });
});
