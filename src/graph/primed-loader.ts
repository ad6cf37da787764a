import DataLoader from 'dataloader';

/** A value at once, or once its batch is read. */
export type Loaded<T> = T | Promise<T>;

/**
 * A request's batch loader that answers what its root query primed at once, as a plain value:
 * graphql-js completes a field given a plain value in the same tick, where a promise costs it and
 * DataLoader a chain of microtasks per field (most of a request's fields are primed). What was not
 * primed is loaded in batches (DataLoader), as before.
 */
export class PrimedLoader<K, V> {
  private readonly primed = new Map<string, V>();
  private readonly batches: DataLoader<K, V, string>;

  constructor(
    batch: DataLoader.BatchLoadFn<K, V>,
    private readonly keyOf: (key: K) => string,
  ) {
    this.batches = new DataLoader(batch, { cacheKeyFn: keyOf });
  }

  prime(key: K, value: V): void {
    this.primed.set(this.keyOf(key), value);
    this.batches.prime(key, value);
  }

  load(key: K): Loaded<V> {
    const k = this.keyOf(key);
    return this.primed.has(k) ? this.primed.get(k)! : this.batches.load(key);
  }

  /** Each key's value, or the Error its batch gave for it (as DataLoader's loadMany). */
  loadMany(keys: readonly K[]): Loaded<(V | Error)[]> {
    const found: V[] = [];
    for (const key of keys) {
      const k = this.keyOf(key);
      if (!this.primed.has(k)) return this.batches.loadMany(keys);
      found.push(this.primed.get(k)!);
    }
    return found;
  }
}

/** `then` for a value that may be loaded at once: a plain value stays plain. */
export function whenLoaded<T, U>(value: Loaded<T>, next: (loaded: T) => Loaded<U>): Loaded<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
