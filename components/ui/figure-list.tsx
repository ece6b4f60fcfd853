/** Key figures as labelled tiles: a description list, so each number is read out with its label. */
const COLUMNS = { 4: "sm:grid-cols-4", 5: "sm:grid-cols-5" } as const;

export function FigureList({
  items,
  columns = 5,
  testId,
}: {
  items: ReadonlyArray<readonly [label: string, value: React.ReactNode]>;
  columns?: keyof typeof COLUMNS;
  testId?: string;
}) {
  return (
    <dl className={`grid grid-cols-2 gap-3 ${COLUMNS[columns]}`} data-testid={testId}>
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg bg-slate-50 p-3">
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
