/** A file to download (CSV, calendar, JSON) from a route handler, styled as a secondary button. */
export function DownloadLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a
      href={href}
      className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 font-semibold text-brand-800"
      download
    >
      {children}
    </a>
  );
}
