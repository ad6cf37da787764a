/**
 * A query's text as it goes to Neo4j: without its comments, indentation and blank lines. Bolt has
 * no prepared statements, so every run sends the whole text and Neo4j reads it and looks its plan
 * up by it; the root queries are 16-20 KB as written, mostly the comments that explain them, and
 * neo4j-driver writes a text in 1,400-byte chunks, one socket write each. String literals and
 * backquoted names are kept as they are, so the query means what its file says.
 */
export function cypherForWire(text: string): string {
  let out = '';
  let i = 0;
  /** At the start of a line, where its indentation is dropped. */
  let lineStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (lineStart && (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n')) {
      i++;
      continue;
    }
    lineStart = false;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i === -1) i = text.length;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) throw new Error('a Cypher block comment is not closed');
      i = close + 2;
    } else if (ch === '\n') {
      out = out.trimEnd() + '\n';
      lineStart = true;
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out.trim();
}

/** The index just past the quote that closes the literal or name opened at `start`. */
function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    // A backslash escapes the next character in a string; a backquoted name doubles its quote.
    if (text[i] === '\\' && quote !== '`') i++;
    else if (text[i] === quote) return i + 1;
  }
  throw new Error(`a Cypher ${quote === '`' ? 'name' : 'string'} opened with ${quote} is not closed`);
}
