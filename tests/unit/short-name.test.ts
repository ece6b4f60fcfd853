import { describe, expect, it } from "vitest";
import { briefFirmName, shortFirmName } from "@/lib/firms/short-name";

describe("short firm names", () => {
  it("drops the legal form in Vietnamese, Japanese and English, and nothing else", () => {
    expect(shortFirmName("Công ty TNHH Giải pháp Công nghệ Sao Việt")).toBe("Giải pháp Công nghệ Sao Việt");
    expect(shortFirmName("Công ty Cổ phần Phần mềm Rạng Đông")).toBe("Phần mềm Rạng Đông");
    expect(shortFirmName("株式会社彩システムズ")).toBe("彩システムズ");
    expect(shortFirmName("彩システムズ株式会社")).toBe("彩システムズ");
    expect(shortFirmName("Sao Viet Solutions Co., Ltd.")).toBe("Sao Viet Solutions");
    expect(shortFirmName("FPT Software")).toBe("FPT Software");
    expect(shortFirmName("株式会社")).toBe("株式会社");
  });

  it("is briefer for a grid cell: the trade words of a Vietnamese name go too", () => {
    expect(briefFirmName("Công ty TNHH Giải pháp Công nghệ Sao Việt")).toBe("Sao Việt");
    expect(briefFirmName("Công ty Cổ phần Dịch vụ CNTT Mê Kông Hải Phòng")).toBe("Mê Kông Hải Phòng");
    expect(briefFirmName("Công ty TNHH Hệ thống Thông tin Thăng Long")).toBe("Thăng Long");
    expect(briefFirmName("株式会社彩システムズ")).toBe("彩システムズ");
    expect(briefFirmName("Công ty TNHH Phần mềm")).toBe("Phần mềm");
  });
});
