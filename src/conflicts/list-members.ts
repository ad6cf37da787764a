import type { ComparableClaim } from './comparable-claim.js';

/**
 * A name as lists are compared: lower case, spaces collapsed, without a leading "the", so "the
 * Bahamas" and "Bahamas" are one member. Names that differ otherwise ("US", "United States") are
 * matched through the entities' aliases, keyed by this same form.
 */
export function memberKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
}

/**
 * A list the text gives as open: "at least seven other countries ..., namely, ..." carries a lower
 * bound for its count, so it may omit members without being wrong.
 */
export function openList(claim: Pick<ComparableClaim, 'value'>): boolean {
  return claim.value?.qualifier === 'at_least' || claim.value?.qualifier === 'more_than';
}

/** The entity a name stands for: through the aliases, else the name itself. */
function memberEntity(name: string, aliases: ReadonlyMap<string, string>): string {
  const key = memberKey(name);
  return aliases.get(key) ?? key;
}

/** The members of `list` that `other` does not name, in `list`'s own words. */
export function missingFrom(list: readonly string[], other: readonly string[], aliases: ReadonlyMap<string, string>): string[] {
  const named = new Set(other.map((n) => memberEntity(n, aliases)));
  return list.filter((n) => !named.has(memberEntity(n, aliases)));
}

/** How many distinct members a list names ("Bahamas" and "the Bahamas" are one). */
export function memberCount(list: readonly string[], aliases: ReadonlyMap<string, string>): number {
  return new Set(list.map((n) => memberEntity(n, aliases))).size;
}
