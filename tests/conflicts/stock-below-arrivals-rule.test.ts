import { describe, it } from 'vitest';
import { stockBelowArrivalsRule } from '../../src/conflicts/stock-below-arrivals-rule.js';
import { claim, count, expectFinding, expectNoFinding, on } from './harness.js';

const rule = stockBelowArrivalsRule;
const deployed = (id: string, amount: number, when: string, fields = {}) => claim(id, { measureId: 'deployed-kenya', value: count(amount), time: on(when), role: 'stock', ...fields });
const arrived = (id: string, amount: number, when: string) => claim(id, { measureId: 'arrived-kenya-contingent', value: count(amount), time: on(when), role: 'arrival' });
const left = (id: string, amount: number | null, when: string | null) => claim(id, { measureId: 'left-kenya-contingent', value: amount === null ? null : count(amount), time: when === null ? null : on(when), role: 'departure' });

describe('stock-below-arrivals', () => {
  it('300 and 100 more arrived, then "only 300 are deployed": the finding names the stock and both arrivals', () => {
    expectFinding(rule, [arrived('march', 300, '2024-03-01'), arrived('april', 100, '2024-04-01'), deployed('may', 300, '2024-05-01', { quote: 'only 300 are deployed' })], {
      severity: 'CONFLICT',
      kind: 'WITHIN_SOURCE',
      claimIds: ['may', 'march', 'april'],
      reason: ['“only 300 are deployed” (1 May 2024) is fewer than the 400 personnel that the arrivals before it add up to (300 personnel (1 March 2024); 100 personnel (1 April 2024)), and no departure is stated in between.'],
    });
  });

  it("Kenya's 400 in late October 2024 after contingents of 400 and 200", () => {
    const lateOctober = deployed('late-october', 400, '2024-10', { time: { start: '2024-10-21', end: '2024-10-31', label: 'As of late October 2024' } });
    expectFinding(rule, [arrived('first', 400, '2024-06-25'), arrived('second', 200, '2024-07-16'), lateOctober], { severity: 'CONFLICT', claimIds: ['late-october', 'first', 'second'], reason: ['600 personnel'] });
  });

  it('a stock that falls below an earlier stated stock, with no departure, names the earlier stock', () => {
    expectFinding(rule, [deployed('july', 600, '2024-07-16', { derived: true }), deployed('october', 400, '2024-10')], { severity: 'CONFLICT', kind: 'DERIVED_VS_STATED', claimIds: ['october', 'july'], reason: ['fewer than the 600 personnel that 600 personnel (16 July 2024) add up to'] });
  });

  it('one arrival reported by two sources counts once', () => {
    expectNoFinding(rule, [arrived('article', 75, '2025-01-04'), arrived('headline', 75, '2025-01-04'), deployed('january', 75, '2025-01-05')]);
    expectFinding(rule, [arrived('article', 75, '2025-01-04'), arrived('headline', 75, '2025-01-04'), arrived('later', 75, '2025-01-05'), deployed('january', 75, '2025-01-06')], {
      severity: 'CONFLICT',
      claimIds: ['january', 'article', 'later'],
      reason: ['150 personnel'],
    });
  });

  it('agreement, growth, and a stated departure are no finding', () => {
    expectNoFinding(rule, [arrived('first', 400, '2024-06-25'), deployed('june', 400, '2024-06-25')]);
    expectNoFinding(rule, [deployed('june', 400, '2024-06-25'), deployed('july', 600, '2024-07-16')]);
    expectNoFinding(rule, [arrived('first', 400, '2024-06-25'), arrived('second', 200, '2024-07-16'), left('september', 200, '2024-09'), deployed('october', 400, '2024-10')]);
  });

  it('a departure without a figure, or undated, may explain any shortfall; a smaller one does not', () => {
    const arrivals = [arrived('first', 400, '2024-06-25'), arrived('second', 200, '2024-07-16')];
    expectNoFinding(rule, [...arrivals, left('some', null, '2024-09'), deployed('october', 400, '2024-10')]);
    expectNoFinding(rule, [...arrivals, left('undated', 200, null), deployed('october', 400, '2024-10')]);
    expectFinding(rule, [...arrivals, left('few', 50, '2024-09'), deployed('october', 400, '2024-10')], { severity: 'CONFLICT', claimIds: ['october', 'first', 'second'], reason: ['550 personnel', 'even after the 50 personnel stated to have left'] });
  });

  it('an arrival within the stock’s own time may come after the count', () => {
    expectNoFinding(rule, [arrived('late', 200, '2024-10-25'), deployed('october', 100, '2024-10')]);
  });

  it('figures without a role are not stocks or flows', () => {
    expectNoFinding(rule, [claim('a', { value: count(600), time: on('2024-07') }), claim('b', { value: count(400), time: on('2024-10') })]);
  });
});
