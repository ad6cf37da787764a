import type { GraphQLResolveInfo } from 'graphql';
import { asksOnlyIds } from './ids-only.js';

/** Loads several objects through a batch loader, dropping ids that no longer exist. */
export async function loadAll<T>(ids: readonly string[], loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> }): Promise<T[]> {
  const loaded = await loader.loadMany(ids);
  const failure = loaded.find((x): x is Error => x instanceof Error);
  if (failure) throw failure;
  return loaded.filter((x): x is T => x !== null);
}

/**
 * The members of a list its parent record holds the ids of (FIELDS_OF_HELD_IDS): their records, or
 * only their ids when the selection asks nothing else of them (no record is read then).
 */
export function loadHeld<T>(ids: readonly string[], loader: Parameters<typeof loadAll<T>>[1], info: GraphQLResolveInfo): Promise<T[]> | { id: string }[] {
  return asksOnlyIds(info) ? ids.map((id) => ({ id })) : loadAll(ids, loader);
}

/** One node its parent record holds the id of (FIELDS_OF_HELD_IDS): its record, or only its id when nothing else is asked. */
export function loadHeldOne<T>(id: string, loader: { load(id: string): Promise<T | null> }, info: GraphQLResolveInfo): Promise<T | null> | { id: string } {
  return asksOnlyIds(info) ? { id } : loader.load(id);
}
