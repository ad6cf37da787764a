import { memberKey } from '../conflicts/list-members.js';
import type { ClaimMember } from './claim-node.js';

/**
 * The entities a claim's members name. A member is written as the text names it ("the Bahamas")
 * or as an entity id, and matched by `entityOf`; names matched to no entity are returned apart, so
 * the caller can refuse them.
 */
export function matchMembers(names: readonly string[], entityOf: (name: string) => string | undefined): { members: ClaimMember[]; unknown: string[] } {
  const members: ClaimMember[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const entityId = entityOf(name);
    if (entityId === undefined) unknown.push(name);
    else members.push({ name, entityId });
  }
  return { members, unknown };
}

/** Every way of naming each entity (its id, name and aliases), in the form lists compare names (`memberKey`). */
export function entityNames(entities: readonly { id: string; name: string; aliases: readonly string[] }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of entities) for (const name of [e.id, e.name, ...e.aliases]) names.set(memberKey(name), e.id);
  return names;
}
