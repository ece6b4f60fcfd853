import { describe, expect, it } from "vitest";
import fc from "fast-check";
import QRCode from "qrcode";
import { decodeQr } from "@/lib/contacts/decode-qr";
import { badgeCodeFromScan } from "@/lib/contacts/scan-code";

/** An RGBA frame with the code drawn in black on a light grey background, at an offset, as a camera sees it. */
function frame(text: string, { width = 320, height = 240, scale = 4, left = 40, top = 20, noise = 0 } = {}) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const rgba = new Uint8ClampedArray(width * height * 4);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * noise;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const mx = Math.floor((x - left) / scale) - 4;
      const my = Math.floor((y - top) / scale) - 4;
      const dark = mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx);
      const v = (dark ? 30 : 215) + rand();
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  return { rgba, width, height };
}

describe("decodeQr", () => {
  it("reads a badge's address out of a frame and the badge code out of it", () => {
    const { rgba, width, height } = frame("https://kakehashi.example/b/K7M2QX9P");
    const text = decodeQr(rgba, width, height);
    expect(text).toBe("https://kakehashi.example/b/K7M2QX9P");
    expect(badgeCodeFromScan(text!)).toBe("K7M2QX9P");
  });

  it("reads through some sensor noise", () => {
    const { rgba, width, height } = frame("K7M2QX9P", { noise: 60, scale: 5 });
    expect(decodeQr(rgba, width, height)).toBe("K7M2QX9P");
  });

  it("reads every badge's address, whatever its code (some codes hold a false finder square; the frame is turned)", () => {
    const badgeCode = fc.string({
      unit: fc.constantFrom(..."23456789ABCDEFGHJKMNPQRSTUVWXYZ"),
      minLength: 8,
      maxLength: 8,
    });
    fc.assert(
      fc.property(badgeCode, (code) => {
        const address = `https://kakehashi.example/ja/organizer/check-in?code=${code}`;
        const { rgba, width, height } = frame(address, { width: 360, height: 240, scale: 5, left: 60, top: 10 });
        expect(decodeQr(rgba, width, height)).toBe(address);
      }),
      { numRuns: 150 },
    );
    // 150 decodes take about a second alone, several on a machine busy with the rest of the suite.
  }, 30_000);

  it("reads the badges whose false square wins in every turn, at half the size (U8FU4UXS, F5MNKV28)", () => {
    for (const code of ["U8FU4UXS", "F5MNKV28"]) {
      const address = `https://kakehashi.example/ja/organizer/check-in?code=${code}`;
      const { rgba, width, height } = frame(address, { width: 360, height: 240, scale: 5, left: 60, top: 10 });
      expect(decodeQr(rgba, width, height)).toBe(address);
    }
  });

  it("answers null for a frame without a code, and for a short buffer", () => {
    const blank = new Uint8ClampedArray(64 * 48 * 4).fill(200);
    expect(decodeQr(blank, 64, 48)).toBeNull();
    expect(decodeQr(new Uint8ClampedArray(10), 64, 48)).toBeNull();
  });
});
