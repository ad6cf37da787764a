/**
 * A source as a sentence names it: by its authors and publisher ("Jake Johnston (Center for
 * Economic and Policy Research)"), or by its publisher and title when it has no author
 * ("Reuters, “UN authorizes …”"). A title alone can read as
 * words of the sentence ("stated by Jake Johnston offers analysis of…").
 */
export function sourceByline(s: { title: string; publisher: string | null; authors: string[] }): string {
  const authors = s.authors.join(', ');
  // "Wikipedia contributors" already names its publisher.
  if (s.authors.length > 0) return s.publisher && !authors.includes(s.publisher) ? `${authors} (${s.publisher})` : authors;
  return s.publisher ? `${s.publisher}, “${s.title}”` : `“${s.title}”`;
}
