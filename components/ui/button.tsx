type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" };

export function Button({ variant = "primary", className = "", ...props }: Props) {
  const look =
    variant === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400"
      : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100";
  return (
    <button
      className={`inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-semibold ${look} ${className}`}
      {...props}
    />
  );
}
