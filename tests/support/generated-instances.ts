import fc from "fast-check";
import { parseInstance, type Instance } from "@/lib/scheduling/instance";

/** A random event: a few slots in two sessions, tables (some with an interpreter), firms, requests. */
export const arbInstance: fc.Arbitrary<Instance> = fc
  .record({
    am: fc.integer({ min: 1, max: 4 }),
    pm: fc.integer({ min: 0, max: 4 }),
    tables: fc.integer({ min: 1, max: 4 }),
    interpTables: fc.integer({ min: 0, max: 1 }),
    people: fc.integer({ min: 2, max: 9 }),
    seed: fc.array(fc.tuple(fc.nat(100), fc.nat(100), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.nat(5)), {
      minLength: 1,
      maxLength: 25,
    }),
    away: fc.array(fc.tuple(fc.nat(100), fc.nat(100)), { maxLength: 8 }),
  })
  .map(({ am, pm, tables, interpTables, people, seed, away }) => {
    const slots = [
      ...Array.from({ length: am }, (_, i) => ({ id: `am-${i}`, session: "am" })),
      ...Array.from({ length: pm }, (_, i) => ({ id: `pm-${i}`, session: "pm" })),
    ];
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
        ...(interp ? { interpreter: "ja-vi" } : {}),
        ...(session === 0 ? { session: "am" } : {}),
      };
    });
    return parseInstance({
      name: "generated",
      slots,
      tables: Array.from({ length: tables + interpTables }, (_, i) => ({
        id: `T${i}`,
        ...(i >= tables ? { interpreter: "ja-vi" } : {}),
      })),
      participants,
      meetings,
    });
  });
