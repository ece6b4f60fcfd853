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

/**
 * The QR code's text in an RGBA frame, or null when the frame holds none that reads. A frame that does not read
 * is read again turned a quarter, up to three times: ZXing's finder scans rows top-down and stops at the first
 * three finder-like squares of one size, so for about one badge in sixteen (by its content: data modules that
 * happen to look like a finder) a false square above the real bottom-left one wins and the code never reads,
 * however steady the camera. Turned, the scan meets the squares in another order (of 1,500 random badges, 96
 * did not read as drawn, 12 not after one turn either, 2 not after two, none after three). About one in 1,500
 * reads in no turn (U8FU4UXS, F5MNKV28): at half the size, where the false square no longer passes for one, it
 * does (7,000 random badges, all read).
 */
export function decodeQr(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  if (rgba.length < width * height * 4) return null;
  const luminance = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < luminance.length; i++, p += 4)
    // ITU-R BT.601 weights, as ZXing uses for ARGB input.
    luminance[i] = (rgba[p]! * 306 + rgba[p + 1]! * 601 + rgba[p + 2]! * 117) >> 10;
  let frame: Frame = { luminance, width, height };
  for (let turn = 0; turn < 4; turn++) {
    if (turn > 0) frame = quarterTurn(frame);
    const text = decodeLuminance(frame.luminance, frame.width, frame.height);
    if (text !== null) return text;
  }
  // Half the size, where a false square of a few modules may no longer pass for one.
  frame = halved(frame);
  for (let turn = 0; turn < 4; turn++) {
    if (turn > 0) frame = quarterTurn(frame);
    const text = decodeLuminance(frame.luminance, frame.width, frame.height);
    if (text !== null) return text;
  }
  return null;
}

function halved({ luminance, width, height }: Frame): Frame {
  const w = width >> 1;
  const h = height >> 1;
  const out = new Uint8ClampedArray(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = 2 * y * width + 2 * x;
      out[y * w + x] = (luminance[i]! + luminance[i + 1]! + luminance[i + width]! + luminance[i + width + 1]!) >> 2;
    }
  return { luminance: out, width: w, height: h };
}

type Frame = { luminance: Uint8ClampedArray; width: number; height: number };

/** The frame turned a quarter clockwise. */
function quarterTurn({ luminance, width, height }: Frame): Frame {
  const turned = new Uint8ClampedArray(luminance.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) turned[x * height + (height - 1 - y)] = luminance[y * width + x]!;
  return { luminance: turned, width: height, height: width };
}

function decodeLuminance(luminance: Uint8ClampedArray, width: number, height: number): string | null {
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height)));
    return new QRCodeReader().decode(bitmap, HINTS).getText();
  } catch (e) {
    // Nothing readable in this frame: the next one may be sharper.
    if (e instanceof NotFoundException || e instanceof ChecksumException || e instanceof FormatException) return null;
    throw e;
  }
}
