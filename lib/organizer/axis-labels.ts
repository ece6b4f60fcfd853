// How a bar chart's category labels fit under it without overlapping, in any of our languages: straight when they
// fit their band, else turned 45° (or 90°) with the axis made tall enough, long labels cut with an ellipsis, and
// as a last resort every k-th label shown (the figures' table beside each chart always has them all). Pure: the
// chart measures its width and asks.

/** Width of a label in px at a font size: CJK and full-width characters take a full em, others about 0.6 em. */
export function labelWidth(label: string, fontPx = 12): number {
  let em = 0;
  for (const ch of label) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    em += wide ? 1 : 0.62;
  }
  return em * fontPx;
}

/** The label cut to fit `maxPx`, with an ellipsis. */
export function fitLabel(label: string, maxPx: number, fontPx = 12): string {
  if (labelWidth(label, fontPx) <= maxPx) return label;
  let out = "";
  for (const ch of label) {
    if (labelWidth(`${out}${ch}…`, fontPx) > maxPx) break;
    out += ch;
  }
  return `${out}…`;
}

export type AxisLayout = {
  angle: 0 | -45 | -90;
  /** Height of the axis area in px. */
  height: number;
  /** Show every `interval + 1`-th label (0: all). */
  interval: number;
  /** Longest a label may be, along its direction, before it is cut. */
  maxLabelPx: number;
};

/** Where the labels of `n` bars fit in `plotWidth` px. */
export function axisLayout(labels: readonly string[], plotWidth: number, fontPx = 12): AxisLayout {
  const n = Math.max(1, labels.length);
  const band = plotWidth / n;
  const widest = Math.max(0, ...labels.map((l) => labelWidth(l, fontPx)));
  const line = fontPx * 1.25;
  if (widest <= band - 6) return { angle: 0, height: 30, interval: 0, maxLabelPx: band - 6 };
  const maxLabelPx = Math.min(widest, 120);
  // Turned labels are parallel lines `band × sin(angle)` apart: at least a line's height keeps them apart.
  if (band * Math.SQRT1_2 >= line)
    return { angle: -45, height: Math.ceil(maxLabelPx * Math.SQRT1_2 + line + 6), interval: 0, maxLabelPx };
  const interval = band >= line ? 0 : Math.ceil(line / band) - 1;
  return { angle: -90, height: Math.ceil(maxLabelPx + 10), interval, maxLabelPx };
}
