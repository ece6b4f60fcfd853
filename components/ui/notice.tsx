/** The outcome of an action at the top of a page: a polite status when it worked, an alert when it did not. */
export function Notice({
  kind,
  children,
  className = "",
}: {
  kind: "success" | "error";
  children: React.ReactNode;
  className?: string;
}) {
  return kind === "success" ? (
    <p role="status" className={`rounded-lg bg-green-50 p-3 text-green-900 ${className}`}>
      {children}
    </p>
  ) : (
    <p role="alert" className={`rounded-lg bg-red-50 p-3 text-accent-600 ${className}`}>
      {children}
    </p>
  );
}
