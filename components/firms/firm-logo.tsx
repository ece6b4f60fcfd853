/** The firm's logo, or its initial on a coloured square. */
export function FirmLogo({
  firm,
  size,
}: {
  firm: { id: string; nameEn: string; logo: { updatedAt: Date } | null };
  size: number;
}) {
  if (firm.logo) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- served by our own route; no optimisation needed
      <img
        src={`/api/firms/${firm.id}/logo?v=${firm.logo.updatedAt.getTime()}`}
        alt=""
        width={size}
        height={size}
        className="shrink-0 rounded-lg border border-slate-200 object-contain"
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size }}
      className="flex shrink-0 items-center justify-center rounded-lg bg-brand-100 text-lg font-bold text-brand-800"
    >
      {firm.nameEn.slice(0, 1)}
    </span>
  );
}
