import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { registrySnapshot } from "./registry-engine";
import type { MatchEngine } from "./engine";

/** A reciprocal score from which a pair is worth proposing to both firms. */
export const GOOD_MATCH = 0.55;

type BestMatch = { firmId: string; best: number; good: number };

// Every firm's best matches take seconds at 10,000 firms (in the server's own thread; worker threads are for
// the benchmark's scale), and they change only with the registry: computed once per registry version.
let cached: { version: string; best: Promise<BestMatch[]> } | null = null;

async function bestMatches(engine: MatchEngine): Promise<BestMatch[]> {
  const { lists } = await engine.recommendAll({ topK: 5, threads: 1 });
  return [...lists].map(([firmId, list]) => ({
    firmId,
    best: list[0]?.score ?? 0,
    good: list.filter((r) => r.score >= GOOD_MATCH).length,
  }));
}

/** For organizers: how many firms have good matches, which have none (to help by hand), interest figures. */
export async function matchingOverview(actor: Actor) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const { engine, version } = await registrySnapshot();
  if (cached?.version !== version) {
    const best = bestMatches(engine);
    cached = { version, best };
    best.catch(() => {
      if (cached?.best === best) cached = null;
    });
  }
  const best = await cached.best;
  const withoutGood = best.filter((b) => b.good === 0).sort((a, b) => a.best - b.best);
  const [firms, interested, pairs] = await Promise.all([
    db.firm.findMany({
      where: { id: { in: withoutGood.slice(0, 50).map((b) => b.firmId) } },
      select: { id: true, nameLocal: true, nameEn: true, country: true },
    }),
    db.firmInterest.count({ where: { interested: true } }),
    db.firmInterest.findMany({ where: { interested: true }, select: { fromFirmId: true, toFirmId: true } }),
  ]);
  const keys = new Set(pairs.map((p) => `${p.fromFirmId}>${p.toFirmId}`));
  const mutual = pairs.filter((p) => p.fromFirmId < p.toFirmId && keys.has(`${p.toFirmId}>${p.fromFirmId}`)).length;
  const byId = new Map(firms.map((f) => [f.id, f]));
  return {
    firms: best.length,
    withGood: best.length - withoutGood.length,
    withoutGood: withoutGood
      .slice(0, 50)
      .flatMap((b) => (byId.get(b.firmId) ? [{ ...byId.get(b.firmId)!, best: b.best }] : [])),
    withoutGoodCount: withoutGood.length,
    interested,
    mutual,
  };
}
