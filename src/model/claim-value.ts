/** A claim's value as the text gives it: an amount or a range, with how exact the text is. */
export type Qualifier = 'exact' | 'approximately' | 'nearly' | 'just_over' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'up_to' | 'range';

export interface ClaimValue {
  qualifier: Qualifier;
  amount: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  currency: string | null;
}

/** The set of numbers a value allows, as an interval whose ends may be open or unbounded. */
export interface ValueBounds {
  low: number;
  lowInclusive: boolean;
  high: number;
  highInclusive: boolean;
}

/**
 * How far vague words reach. 'approximately', 'nearly' and 'just over' allow 10% of the amount:
 * 'nearly $10 billion' admits $9.6 billion; 'just over 500' does not admit 590. 'Up to' and 'less
 * than' start at zero because every measure here counts or sums something.
 */
export const VAGUENESS = 0.1;

export function valueBounds(value: ClaimValue): ValueBounds {
  const a = value.amount ?? 0;
  const slack = Math.abs(a) * VAGUENESS;
  switch (value.qualifier) {
    case 'exact':
      return { low: a, lowInclusive: true, high: a, highInclusive: true };
    case 'approximately':
      return { low: a - slack, lowInclusive: true, high: a + slack, highInclusive: true };
    case 'nearly':
      return { low: a - slack, lowInclusive: true, high: a, highInclusive: false };
    case 'just_over':
      return { low: a, lowInclusive: false, high: a + slack, highInclusive: true };
    case 'more_than':
      return { low: a, lowInclusive: false, high: Infinity, highInclusive: false };
    case 'at_least':
      return { low: a, lowInclusive: true, high: Infinity, highInclusive: false };
    case 'less_than':
      return { low: 0, lowInclusive: true, high: a, highInclusive: false };
    case 'at_most':
      return { low: 0, lowInclusive: true, high: a, highInclusive: true };
    case 'up_to':
      return { low: 0, lowInclusive: true, high: a, highInclusive: true };
    case 'range':
      return { low: value.low ?? 0, lowInclusive: true, high: value.high ?? 0, highInclusive: true };
    default:
      return unreachable(value.qualifier);
  }
}

/** True when some number satisfies both values. */
export function boundsOverlap(a: ValueBounds, b: ValueBounds): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return a.highInclusive && b.lowInclusive;
  if (b.high === a.low) return b.highInclusive && a.lowInclusive;
  return true;
}

const QUALIFIER_WORDS: Record<Exclude<Qualifier, 'range'>, string> = {
  exact: '',
  approximately: 'about ',
  nearly: 'nearly ',
  just_over: 'just over ',
  more_than: 'more than ',
  at_least: 'at least ',
  less_than: 'less than ',
  at_most: 'at most ',
  up_to: 'up to ',
};

/** Digits grouped as in "$300,000,000"; one formatter, where toLocaleString would set one up per call. */
const DIGITS = new Intl.NumberFormat('en-US');

/**
 * The value in words a reader checks against the quote: "just over 500 personnel", "$300,000,000",
 * "the 9,430th meeting". Dollars are written "$" whether the text made them US dollars ("USD") or
 * only wrote "$": a measure fixes its currency (docs/conflicts.md), so one style serves both; any
 * other currency keeps its code. A unit "... number" is an ordinal identifier, not a count.
 */
export function describeValue(value: ClaimValue): string {
  const ordinal = value.unit.endsWith(' number');
  const number = (n: number) => {
    const digits = DIGITS.format(n);
    if (value.unit === 'money') return value.currency === 'USD' || value.currency === '$' || value.currency === null ? `$${digits}` : `${value.currency} ${digits}`;
    return ordinal ? `${digits}${ordinalSuffix(n)}` : digits;
  };
  const unit = value.unit === 'money' ? '' : ` ${ordinal ? value.unit.slice(0, -' number'.length) : value.unit}`;
  const the = ordinal && value.qualifier === 'exact' ? 'the ' : '';
  if (value.qualifier === 'range') return `${number(value.low ?? 0)} to ${number(value.high ?? 0)}${unit}`;
  return `${the}${QUALIFIER_WORDS[value.qualifier]}${number(value.amount ?? 0)}${unit}`;
}

/** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st. */
function ordinalSuffix(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th';
}

export function unreachable(x: never): never {
  throw new Error(`unreachable case: ${String(x)}`);
}
