import { AppError } from "@/lib/errors";

export const MAX_LOGO_BYTES = 300 * 1024;

export type Logo = { mimeType: "image/png" | "image/jpeg" | "image/webp"; data: Uint8Array };

/**
 * The uploaded logo, checked by its bytes, not by the name or type the browser claims. SVG is refused: it can
 * carry scripts.
 */
export function readLogo(bytes: Uint8Array): Logo {
  if (bytes.length > MAX_LOGO_BYTES)
    throw new AppError("INVALID_INPUT", "logo too large", { logo: "errors.logo.tooLarge" });
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { mimeType: "image/png", data: bytes };
  if (starts(0xff, 0xd8, 0xff)) return { mimeType: "image/jpeg", data: bytes };
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  ) {
    return { mimeType: "image/webp", data: bytes };
  }
  throw new AppError("INVALID_INPUT", "logo type", { logo: "errors.logo.type" });
}
