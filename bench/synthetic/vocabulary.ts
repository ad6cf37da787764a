/**
 * Words the synthetic graph is written in. Entity names are made of invented syllables, so that
 * the example operations' searches ("Kenya" among entities, "basket fund" over statements and
 * quotes) find only the real corpus and keep their documented answers at every size.
 */
export const CORPUS_SEARCHES = { entityName: ['kenya'], claimText: ['basket', 'fund'] };

const QUALIFIERS = ['', 'North ', 'South ', 'East ', 'West ', 'Upper ', 'Lower ', 'New ', 'Port ', 'Saint ', 'Great ', 'Old ', 'Inner ', 'Outer ', 'Central ', 'Little '];
const HEADS = ['Nor', 'Val', 'Ost', 'Bel', 'Tar', 'Mir', 'Cal', 'Dun', 'Ess', 'Fal', 'Gor', 'Hal', 'Ist', 'Jor', 'Lun', 'Mar', 'Pel', 'Quin', 'Ros', 'Sar', 'Tev', 'Ul', 'Vor', 'Wen', 'Zar'];
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ava', 'eri', 'ola', 'unda', 'esti', 'ami', 'oro'];
const TAILS = ['nia', 'ria', 'land', 'stan', 'via', 'mark', 'dor', 'gal', 'wen', 'tia', 'lis', 'mor'];

/** How many distinct place names the syllables make. */
export const NAME_COUNT = QUALIFIERS.length * HEADS.length * MIDDLES.length * TAILS.length;

/** The n-th invented place name; a stride coprime with NAME_COUNT spreads neighbours apart. */
export function placeName(n: number): string {
  let i = (n * 7919) % NAME_COUNT;
  const tail = TAILS[i % TAILS.length]!;
  i = Math.floor(i / TAILS.length);
  const middle = MIDDLES[i % MIDDLES.length]!;
  i = Math.floor(i / MIDDLES.length);
  const head = HEADS[i % HEADS.length]!;
  i = Math.floor(i / HEADS.length);
  return `${QUALIFIERS[i]!}${head}${middle}${tail}`;
}

export const ENTITY_TYPES = { country: 40, organization: 30, force: 10, fund: 8, person: 6, place: 6 } as const;
export type EntityType = keyof typeof ENTITY_TYPES;

const GIVEN_NAMES = ['Amara', 'Bertil', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Katya', 'Luis', 'Mei', 'Nadia', 'Omar', 'Priya'];

/** A name fitting the entity's type, and an alias where such entities usually have one. */
export function entityNaming(type: EntityType, place: string, n: number): { name: string; aliases: string[] } {
  switch (type) {
    case 'country':
      return { name: place, aliases: [] };
    case 'organization': {
      const name = `${place} Relief Agency`;
      return { name, aliases: [`${place.replace(/[^A-Z]/g, '')}RA`] };
    }
    case 'force':
      return { name: `${place} Stabilization Force`, aliases: [] };
    case 'fund':
      // "fund" is one of the words the corpus's search example looks for: trusts are named otherwise.
      return { name: `${place} Reconstruction Trust`, aliases: [] };
    case 'person':
      return { name: `${GIVEN_NAMES[n % GIVEN_NAMES.length]!} ${place}`, aliases: [] };
    case 'place':
      return { name: `${place} City`, aliases: [] };
  }
}

export const PUBLISHERS = ['The Meridian Post', 'Harbor Wire', 'Civic Ledger', 'Global Affairs Review', 'Field Monitor', 'The Daily Courier', 'Policy Desk', 'Relief Observer'];
export const AUTHORS = ['A. Okafor', 'B. Lindqvist', 'C. Moreau', 'D. Haddad', 'E. Nakamura', 'F. Castillo', 'G. Petrov', 'H. Mensah', 'I. Rossi', 'J. Walsh'];
export const MISSIONS = ['the stabilization mission', 'the regional security mission', 'the relief operation', 'the support mission'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March 2021", "March 2021", "2021": how a text names a day, a month or a year. */
export function dateWords(isoDay: string, precision: 'day' | 'month' | 'year'): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${MONTHS[m - 1]!} ${y}`;
  return `${d} ${MONTHS[m - 1]!} ${y}`;
}

/** Throws when a name would be found by the corpus example's entity search ("Kenya" is matched inside words too). */
export function assertOutsideEntitySearch(name: string): void {
  const lower = name.toLowerCase();
  const word = CORPUS_SEARCHES.entityName.find((w) => lower.includes(w));
  if (word) throw new Error(`synthetic entity name "${name}" contains "${word}", which a corpus example operation searches for`);
}

/** Throws when a statement or quote would be found by the corpus example's free-text search (Lucene matches whole words). */
export function assertOutsideTextSearch(text: string): void {
  const words = new Set(text.toLowerCase().split(/[^a-z0-9]+/));
  const word = CORPUS_SEARCHES.claimText.find((w) => words.has(w));
  if (word) throw new Error(`synthetic text "${text}" contains the word "${word}", which a corpus example operation searches for`);
}
