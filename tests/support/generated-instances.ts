// Generated events for the scheduler's tests and benchmarks, so its results do not rest on the four shared
// instances: small random ones (fast-check, checked against the exact MIP) and held-out-like ones at any size
// (seeded), varying what makes the problem hard: demand skewed towards popular firms, scarce interpreter
// tables (one or two language pairs), tight or loose tables, firms away for a block or half the day, meetings
// restricted to a session, fixed placements (with or without their table), priorities, and a few meetings
// between two firms of the same side.
import fc from "fast-check";
import seedrandom from "seedrandom";
import { parseInstance, type Instance } from "@/lib/scheduling/instance";
import { compile, fixedState, free, place } from "@/lib/scheduling/model";

/** A small random event: a few slots in up to three sessions, tables (some with interpreters), requests. */
export const arbInstance: fc.Arbitrary<Instance> = fc
  .record({
    sessions: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
    tables: fc.integer({ min: 1, max: 4 }),
    interpTables: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 2 }),
    people: fc.integer({ min: 2, max: 10 }),
    seed: fc.array(fc.tuple(fc.nat(100), fc.nat(100), fc.integer({ min: 1, max: 3 }), fc.nat(5), fc.nat(7)), {
      minLength: 1,
      maxLength: 28,
    }),
    away: fc.array(fc.tuple(fc.nat(100), fc.nat(100)), { maxLength: 10 }),
    fixed: fc.array(fc.tuple(fc.nat(100), fc.boolean()), { maxLength: 3 }),
  })
  .map(({ sessions, tables, interpTables, people, seed, away, fixed }) => {
    const names = ["am", "pm", "d2"];
    const slots = sessions.flatMap((n, k) =>
      Array.from({ length: n }, (_, i) => ({ id: `${names[k]}-${i}`, session: names[k]! })),
    );
    const pairs = ["ja-vi", "en-vi"];
    const participants = Array.from({ length: people }, (_, i) => ({
      id: `p${i}`,
      unavailable: [...new Set(away.filter(([p]) => p % people === i).map(([, s]) => slots[s % slots.length]!.id))],
    }));
    const meetings = seed.map(([x, y, priority, interp, session], i) => {
      const a = x % people;
      const b = (a + 1 + (y % (people - 1))) % people;
      return {
        id: `m${i}`,
        participants: [`p${a}`, `p${b}`] as [string, string],
        priority,
        ...(interp < pairs.length ? { interpreter: pairs[interp]! } : {}),
        ...(session === 0 ? { session: slots[0]!.session } : {}),
      };
    });
    const tableList = [
      ...Array.from({ length: tables }, (_, i) => ({ id: `T${i}` })),
      ...interpTables.flatMap((n, k) =>
        Array.from({ length: n }, (_, i) => ({ id: `I${k}-${i}`, interpreter: pairs[k]! })),
      ),
    ];
    const base = parseInstance({ name: "generated", slots, tables: tableList, participants, meetings });
    return withConsistentFixed(
      base,
      fixed.map(([i, withTable]) => ({ index: i, withTable })),
    );
  });

/** Fixes some meetings where a greedy schedule put them (so the fixed placements are consistent). */
function withConsistentFixed(inst: Instance, picks: { index: number; withTable: boolean }[]): Instance {
  if (picks.length === 0 || inst.meetings.length === 0) return inst;
  const model = compile(inst);
  const st = fixedState(model);
  for (let m = 0; m < model.a.length; m++)
    for (const s of model.allowed[m]!)
      if (free(model, st, m, s)) {
        place(model, st, m, s);
        break;
      }
  const placed = [...Array(model.a.length).keys()].filter((m) => st.slotOf[m]! >= 0);
  if (placed.length === 0) return inst;
  const chosen = [...new Set(picks.map((p) => placed[p.index % placed.length]!))];
  // Seat the chosen ones at tables that fit them, one table per slot at most.
  const used = new Set<string>();
  const fixed = chosen.map((m, i) => {
    const slot = inst.slots[st.slotOf[m]!]!.id;
    const meeting = inst.meetings[m]!;
    if (!picks[i]!.withTable) return { meeting: meeting.id, slot };
    const table = inst.tables.find(
      (t) =>
        !used.has(`${t.id}@${slot}`) && (meeting.interpreter ? t.interpreter === meeting.interpreter : !t.interpreter),
    );
    if (!table) return { meeting: meeting.id, slot };
    used.add(`${table.id}@${slot}`);
    return { meeting: meeting.id, slot, table: table.id };
  });
  return parseInstance({ ...inst, fixed });
}

export type HeldOutOptions = {
  meetings: number;
  seed: string;
  /** Sessions and slots per session (default: a day of 9 + 10 slots). */
  sessions?: number[];
  /** Share of meetings that need an interpreter (default 0.15), over one or two language pairs. */
  interpreterShare?: number;
  pairs?: number;
  /** Tables relative to the meetings one slot would need if all were placed evenly (default 1.1: a little slack). */
  tableSlack?: number;
  /** Share of meetings fixed in advance (default 0.03). */
  fixedShare?: number;
  /** Zipf exponent of the Japanese firms' popularity (default 1.0). */
  skew?: number;
};

/** A held-out-like event: Vietnamese and Japanese delegations, requests skewed towards popular firms. */
export function heldOutLike(o: HeldOutOptions): Instance {
  const random = seedrandom(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const sessionSizes = o.sessions ?? [9, 10];
  const sessionNames = sessionSizes.map((_, k) => ["am", "pm", "d2am", "d2pm"][k] ?? `s${k}`);
  const slots = sessionSizes.flatMap((n, k) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${sessionNames[k]}-${String(i + 1).padStart(2, "0")}`,
      session: sessionNames[k]!,
    })),
  );
  const S = slots.length;
  const vnCount = Math.max(4, Math.round(o.meetings / 5));
  const jpCount = Math.max(3, Math.round(vnCount / 2.5));
  const vn = Array.from({ length: vnCount }, (_, i) => `vn-${String(i + 1).padStart(4, "0")}`);
  const jp = Array.from({ length: jpCount }, (_, i) => `jp-${String(i + 1).padStart(4, "0")}`);
  const skew = o.skew ?? 1.0;
  const weights = jp.map((_, i) => 1 / Math.pow(i + 1, skew));
  const total = weights.reduce((x, y) => x + y, 0);
  const pickJp = () => {
    let r = random() * total;
    for (let i = 0; i < jp.length; i++) if ((r -= weights[i]!) <= 0) return i;
    return jp.length - 1;
  };
  const pairs = ["ja-vi", "en-vi"].slice(0, o.pairs ?? 1);
  const interpShare = o.interpreterShare ?? 0.15;
  const seen = new Set<string>();
  const meetings: Instance["meetings"] = [];
  let guard = 0;
  while (meetings.length < o.meetings && guard++ < o.meetings * 50) {
    const a = vn[int(0, vn.length - 1)]!;
    // A few requests join two Vietnamese firms (a consortium talk), so the firms' graph is not always two-sided.
    const b = random() < 0.03 ? vn[int(0, vn.length - 1)]! : jp[pickJp()]!;
    if (a === b || seen.has(`${a}|${b}`) || seen.has(`${b}|${a}`)) continue;
    seen.add(`${a}|${b}`);
    const r = random();
    const priority = r < 0.4 ? 1 : r < 0.8 ? 2 : 3;
    const needs = random() < interpShare ? pairs[int(0, pairs.length - 1)] : undefined;
    const session = random() < 0.05 ? sessionNames[int(0, sessionNames.length - 1)] : undefined;
    meetings.push({
      id: `m${String(meetings.length + 1).padStart(5, "0")}`,
      participants: [a, b],
      priority,
      ...(needs ? { interpreter: needs } : {}),
      ...(session ? { session } : {}),
    });
  }
  const participants = [...vn, ...jp].map((id) => {
    const away = new Set<string>();
    const r = random();
    if (r < 0.08) {
      // Half the day (a session) away.
      const k = int(0, sessionSizes.length - 1);
      for (const s of slots) if (s.session === sessionNames[k]) away.add(s.id);
    } else if (r < 0.3) {
      // A block: a tour or a talk.
      const startAt = int(0, S - 4);
      for (let i = startAt; i < startAt + int(2, 4); i++) away.add(slots[i]!.id);
    }
    for (const s of slots) if (random() < 0.05) away.add(s.id);
    return { id, unavailable: [...away] };
  });
  const perSlot = o.meetings / S;
  const tableCount = Math.max(2, Math.round(perSlot * (o.tableSlack ?? 1.1) * 0.75));
  const interpTables = pairs.map(() => Math.max(1, Math.round((tableCount * interpShare * 0.6) / pairs.length)));
  const tables = [
    ...Array.from({ length: tableCount }, (_, i) => ({ id: `T${String(i + 1).padStart(3, "0")}` })),
    ...pairs.flatMap((pair, k) =>
      Array.from({ length: interpTables[k]! }, (_, i) => ({
        id: `I${k}-${String(i + 1).padStart(2, "0")}`,
        interpreter: pair,
      })),
    ),
  ];
  const base = parseInstance({ name: `heldout-${o.meetings}-${o.seed}`, slots, tables, participants, meetings });
  const fixedCount = Math.round((o.fixedShare ?? 0.03) * o.meetings);
  return withConsistentFixed(
    base,
    Array.from({ length: fixedCount }, () => ({ index: int(0, 1_000_000), withTable: random() < 0.5 })),
  );
}
