// Reads the text of a QR code in one camera frame (RGBA pixels, as a canvas gives them). Browsers with the
// Barcode Detection API (Chrome on Android) use it first (components/contacts/badge-scanner.tsx); this is the
// fallback everywhere else, with ZXing's maintained TypeScript port. Pure: no DOM, so it is unit-tested on
// frames drawn from generated codes.
import {
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  NotFoundException,
  ChecksumException,
  FormatException,
  QRCodeReader,
  RGBLuminanceSource,
} from "@zxing/library";

const HINTS = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);

/** The QR code's text in an RGBA frame, or null when the frame holds none that reads. */
export function decodeQr(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  if (rgba.length < width * height * 4) return null;
  const luminance = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < luminance.length; i++, p += 4)
    // ITU-R BT.601 weights, as ZXing uses for ARGB input.
    luminance[i] = (rgba[p]! * 306 + rgba[p + 1]! * 601 + rgba[p + 2]! * 117) >> 10;
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height)));
    return new QRCodeReader().decode(bitmap, HINTS).getText();
  } catch (e) {
    // Nothing readable in this frame: the next one may be sharper.
    if (e instanceof NotFoundException || e instanceof ChecksumException || e instanceof FormatException) return null;
    throw e;
  }
}
