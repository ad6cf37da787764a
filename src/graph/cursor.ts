/**
 * Opaque page cursors: the sort key and id of the last item a page returned, so the next page
 * starts after it even when items were added meanwhile.
 */
export interface CursorPosition<Key> {
  key: Key;
  id: string;
}

export function encodeCursor<Key>(position: CursorPosition<Key>): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

/** Undefined when the text is not a cursor this API made. */
export function decodeCursor<Key>(cursor: string, isKey: (k: unknown) => k is Key): CursorPosition<Key> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && isKey(parsed[0]) && typeof parsed[1] === 'string') {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export const isNumber = (k: unknown): k is number => typeof k === 'number' && Number.isFinite(k);
export const isString = (k: unknown): k is string => typeof k === 'string';
