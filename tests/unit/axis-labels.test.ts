// Chart labels never overlap: for the dashboard's charts in three languages, adjacent labels (as laid out) keep
// apart at the widths the charts get on a phone and on a desktop.
import { describe, expect, it } from "vitest";
import { axisLayout, fitLabel, labelWidth } from "@/lib/organizer/axis-labels";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";

const times = Array.from(
  { length: 16 },
  (_, i) => `${String(9 + Math.floor(i / 3)).padStart(2, "0")}:${["00", "20", "40"][i % 3]}`,
);
const statuses = (m: typeof en) => Object.values(m.meetings.status);

/** Whether laid-out labels overlap: straight ones by width, turned ones by their perpendicular spacing. */
function overlaps(labels: string[], width: number): boolean {
  const layout = axisLayout(labels, width);
  const shown = labels.filter((_, i) => i % (layout.interval + 1) === 0).map((l) => fitLabel(l, layout.maxLabelPx));
  const band = (width / labels.length) * (layout.interval + 1);
  if (layout.angle === 0) return shown.some((l) => labelWidth(l) > band);
  const spacing = band * Math.sin((Math.abs(layout.angle) * Math.PI) / 180);
  return spacing < 12 * 1.25 - 0.01;
}

describe("axis labels", () => {
  for (const [name, m] of [
    ["en", en],
    ["ja", ja],
    ["vi", vi],
  ] as const)
    for (const width of [260, 480, 900])
      it(`${name}: slot times and request states do not overlap at ${width}px`, () => {
        expect(overlaps(times, width)).toBe(false);
        expect(overlaps(statuses(m as typeof en), width)).toBe(false);
      });

  it("turns the sixteen slot times of a half-width desktop chart, straight on a wide one", () => {
    expect(axisLayout(times, 480).angle).toBe(-45);
    expect(axisLayout(times, 1200).angle).toBe(0);
    expect(fitLabel("Doanh nghiệp đăng ký theo quốc gia", 80)).toMatch(/…$/);
    expect(labelWidth("商談")).toBe(24);
  });
});
