import { describe, expect, it } from "vitest";
import { shortFirmName } from "@/lib/firms/short-name";

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
});
