"use client";
import { useEffect, useRef, useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { axisLayout, fitLabel } from "@/lib/organizer/axis-labels";

export type Datum = { label: string; value: number };

/**
 * A bar chart for people who would rather look than read, with the same figures in a table for screen readers
 * and for anyone who wants the numbers.
 */
export function BarChartFigure({
  title,
  data,
  unit = "",
  testId,
  horizontal = false,
}: {
  title: string;
  data: Datum[];
  unit?: string;
  testId?: string;
  horizontal?: boolean;
}) {
  // The labels' layout depends on the width the chart gets: measured, then straight, turned or cut to fit.
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const layout = axisLayout(
    data.map((d) => d.label),
    Math.max(80, width - 56),
  );
  return (
    <figure className="space-y-2" data-testid={testId}>
      <figcaption className="font-semibold">{title}</figcaption>
      {/* The chart is a picture of the table below: hidden from screen readers, not focusable. */}
      <div
        ref={box}
        aria-hidden="true"
        className="w-full"
        style={{ height: horizontal ? Math.max(160, data.length * 28) : 190 + layout.height }}
      >
        <ResponsiveContainer width="100%" height="100%">
          {horizontal ? (
            // Long labels (sector names) read along the bars, not squeezed under them.
            <BarChart
              accessibilityLayer={false}
              data={data}
              layout="vertical"
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} unit={unit} />
              <YAxis
                type="category"
                dataKey="label"
                tick={{ fontSize: 12 }}
                width={170}
                interval={0}
                tickFormatter={(label: string) => fitLabel(label, 140)}
              />
              <Tooltip formatter={(v) => `${v}${unit}`} />
              <Bar dataKey="value" fill="#1d4ed8" radius={[0, 4, 4, 0]} isAnimationActive={false} />
            </BarChart>
          ) : (
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="label"
                tick={{ fontSize: 12 }}
                interval={layout.interval}
                angle={layout.angle}
                textAnchor={layout.angle === 0 ? "middle" : "end"}
                height={layout.height}
                tickFormatter={(label: string) => fitLabel(label, layout.maxLabelPx)}
              />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} unit={unit} width={40} />
              <Tooltip formatter={(v) => `${v}${unit}`} />
              <Bar dataKey="value" fill="#1d4ed8" radius={[4, 4, 0, 0]} isAnimationActive={false} />
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <details>
        <summary className="min-h-11 cursor-pointer text-sm text-slate-700">{title}</summary>
        <table className="text-sm">
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {d.label}
                </th>
                <td className="tabular-nums">
                  {d.value}
                  {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
