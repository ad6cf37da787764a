/** Loads several objects through a batch loader, dropping ids that no longer exist. */
export async function loadAll<T>(ids: readonly string[], loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> }): Promise<T[]> {
  const loaded = await loader.loadMany(ids);
  const failure = loaded.find((x): x is Error => x instanceof Error);
  if (failure) throw failure;
  return loaded.filter((x): x is T => x !== null);
}
