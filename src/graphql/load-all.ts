import type { GraphQLResolveInfo } from 'graphql';
import { whenLoaded, type Loaded } from '../graph/primed-loader.js';
import { asksOnlyIds } from './ids-only.js';

type ManyLoader<T> = { loadMany(ids: readonly string[]): Loaded<(T | null | Error)[]> };

/** Loads several objects through a batch loader, dropping ids that no longer exist; at once when all were primed. */
export function loadAll<T>(ids: readonly string[], loader: ManyLoader<T>): Loaded<T[]> {
  return whenLoaded(loader.loadMany(ids), (loaded) => {
    const failure = loaded.find((x): x is Error => x instanceof Error);
    if (failure) throw failure;
    return loaded.filter((x): x is T => x !== null);
  });
}

/**
 * The members of a list its parent record holds the ids of (FIELDS_OF_HELD_IDS): their records, or
 * only their ids when the selection asks nothing else of them (no record is read then).
 */
export function loadHeld<T>(ids: readonly string[], loader: ManyLoader<T>, info: GraphQLResolveInfo): Loaded<T[]> | { id: string }[] {
  return asksOnlyIds(info) ? ids.map((id) => ({ id })) : loadAll(ids, loader);
}

/** One node its parent record holds the id of (FIELDS_OF_HELD_IDS): its record, or only its id when nothing else is asked. */
export function loadHeldOne<T>(id: string, loader: { load(id: string): Loaded<T | null> }, info: GraphQLResolveInfo): Loaded<T | null> | { id: string } {
  return asksOnlyIds(info) ? { id } : loader.load(id);
}
