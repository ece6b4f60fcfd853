// The matching engine over the live registry. Each app server keeps one in memory and brings it up to date
// from the database before answering: a cheap version check (count and latest change of firms and taxonomy)
// and, when something changed, only the firms changed since. Several servers therefore agree without sharing
// memory, and a profile edit shows in recommendations on the next request.
import { db } from "@/lib/db";
import { ConceptIndex } from "./concept-index";
import { MatchEngine } from "./engine";
import { loadMatchFirms } from "./load-match-firms";
import { conceptsOf } from "./taxonomy-concepts";
import { loadJapanese } from "./text/japanese";

type State = { engine: MatchEngine; firmCount: number; lastChange: number; taxonomyVersion: string };
let state: State | null = null;
let refreshing: Promise<MatchEngine> | null = null;

async function versions() {
  const [firms, taxonomy] = await Promise.all([
    db.firm.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.taxonomyNode.aggregate({ _count: { _all: true }, _max: { createdAt: true } }),
  ]);
  return {
    firmCount: firms._count._all,
    lastChange: firms._max.updatedAt?.getTime() ?? 0,
    taxonomyVersion: `${taxonomy._count._all}:${taxonomy._max.createdAt?.getTime() ?? 0}`,
  };
}

let index: { version: string; index: Promise<ConceptIndex> } | null = null;

/** The taxonomy compiled for reading and scoring (organizers' nodes included), once per taxonomy version. */
async function conceptIndex(taxonomyVersion: string): Promise<ConceptIndex> {
  if (index?.version !== taxonomyVersion) {
    const built = db.taxonomyNode
      .findMany({ include: { parent: { select: { code: true } } } })
      .then((nodes) => new ConceptIndex(conceptsOf(nodes.map((n) => ({ ...n, parentCode: n.parent?.code ?? null })))));
    index = { version: taxonomyVersion, index: built };
    built.catch(() => {
      if (index?.index === built) index = null;
    });
  }
  return index.index;
}

/** The compiled taxonomy that a save or an import reads texts with (the same the engine scores with). */
export async function readingIndex(): Promise<ConceptIndex> {
  return conceptIndex((await versions()).taxonomyVersion);
}

async function rebuild(v: Awaited<ReturnType<typeof versions>>): Promise<State> {
  // Firms saved before the current reader are read again here: with the Japanese analyser, as on save.
  await loadJapanese().catch(() => undefined);
  const engine = new MatchEngine(await conceptIndex(v.taxonomyVersion));
  for (const { firm } of await loadMatchFirms({ status: "APPROVED" })) engine.upsert(firm);
  return { engine, ...v };
}

async function refresh(): Promise<MatchEngine> {
  const v = await versions();
  if (
    state &&
    state.taxonomyVersion === v.taxonomyVersion &&
    state.firmCount === v.firmCount &&
    state.lastChange === v.lastChange
  )
    return state.engine;
  // Fewer firms (one was deleted) or a changed taxonomy: start again. Otherwise apply what changed since.
  if (!state || state.taxonomyVersion !== v.taxonomyVersion || v.firmCount < state.firmCount) {
    state = await rebuild(v);
    return state.engine;
  }
  const changed = await loadMatchFirms({ updatedAt: { gte: new Date(state.lastChange) } });
  for (const { firm, approved } of changed) {
    if (approved) state.engine.upsert(firm);
    else state.engine.remove(firm.id);
  }
  state = { ...state, ...v };
  return state.engine;
}

/** The engine, up to date with the database. Concurrent callers share one refresh. */
export async function registryEngine(): Promise<MatchEngine> {
  refreshing ??= refresh().finally(() => (refreshing = null));
  return refreshing;
}

/**
 * The engine with the version of the registry it reflects (taxonomy, firm count, latest firm change): whatever
 * is computed from the engine can be kept until the version changes, and every server derives the same one
 * from the database.
 */
export async function registrySnapshot(): Promise<{ engine: MatchEngine; version: string }> {
  const engine = await registryEngine();
  return { engine, version: state ? `${state.taxonomyVersion}|${state.firmCount}|${state.lastChange}` : "" };
}
