// How long a session lasts (ASVS 3.3.2, level 2): it ends after SESSION_IDLE_MINUTES without a request (30 by
// default; every page request renews it, proxy.ts) and SESSION_MAX_HOURS after signing in whatever happens
// (12 by default: one event day), and at once when its user signs out or changes or resets the password
// (the session version, guards.ts).
const number = (value: string | undefined, fallback: number, min: number, max: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
};

export function sessionIdleSeconds(): number {
  return Math.round(number(process.env.SESSION_IDLE_MINUTES, 30, 1, 24 * 60) * 60);
}

export function sessionMaxSeconds(): number {
  return Math.round(number(process.env.SESSION_MAX_HOURS, 12, 1, 24 * 30) * 3600);
}

/** Whether a session signed in at `authAt` (seconds since the epoch) is past its absolute lifetime. */
export function isPastMaxAge(authAt: unknown, now = Date.now()): boolean {
  return typeof authAt !== "number" || now / 1000 - authAt > sessionMaxSeconds();
}
