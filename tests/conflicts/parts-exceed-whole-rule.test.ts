import { describe, it } from 'vitest';
import { partsExceedWholeRule } from '../../src/conflicts/parts-exceed-whole-rule.js';
import { claim, count, expectFinding, expectNoFinding, on, type MeasureSum } from './harness.js';

const rule = partsExceedWholeRule;
const sum: MeasureSum = { wholeMeasureId: 'deployed-jamaica-and-belize', partMeasureIds: ['deployed-jamaica', 'deployed-belize'] };
const group = (id: string, amount: number, fields = {}) => claim(id, { measureId: sum.wholeMeasureId, value: count(amount), time: { start: '2024-10-21', end: '2024-10-31', label: 'As of late October 2024' }, ...fields });
const jamaica = (id: string, fields = {}) => claim(id, { measureId: 'deployed-jamaica', ...fields });
const belize = (id: string, fields = {}) => claim(id, { measureId: 'deployed-belize', ...fields });

describe('parts-exceed-whole', () => {
  it('"X and Y together have 30" in May while "X has 35" since April', () => {
    const together = claim('together', { measureId: sum.wholeMeasureId, value: count(30), time: on('2024-05') });
    const x = jamaica('x', { value: count(35), time: { start: '2024-04-01', end: null, label: 'since April 2024' } });
    expectFinding(rule, [together, x], { severity: 'CONFLICT', claimIds: ['together', 'x'], reason: ['30 personnel (1 May 2024 to 31 May 2024) is less than what its parts state: 35 personnel (since April 2024).'] }, { sum });
  });

  it('about two dozen Jamaicans on 12 September carry forward to late October, when Jamaica and Belize have 20', () => {
    const arrived = jamaica('two-dozen', { value: count(24, 'approximately'), time: on('2024-09-12'), role: 'stock', quote: 'two dozen soldiers and police officers from Jamaica arrived in Haiti' });
    expectFinding(rule, [group('twenty', 20, { quote: 'alongside 20 officers from Jamaica and Belize' }), arrived], {
      severity: 'CONFLICT',
      kind: 'WITHIN_SOURCE',
      claimIds: ['twenty', 'two-dozen'],
      reason: ['“alongside 20 officers from Jamaica and Belize” (As of late October 2024) is less than', '“two dozen soldiers and police officers from Jamaica arrived in Haiti” (12 September 2024), with no departure stated since'],
    }, { sum });
  });

  it('members that add up above the stated total, naming each and the sum', () => {
    expectFinding(rule, [group('twenty', 20), jamaica('j', { value: count(18), time: on('2024-10') }), belize('b', { value: count(4), time: on('2024-10') })], { severity: 'CONFLICT', claimIds: ['twenty', 'j', 'b'], reason: ['add up to at least 22 personnel'] }, { sum });
  });

  it('names only the parts that add something: "up to 10" may be nothing', () => {
    expectFinding(rule, [group('twenty', 20), jamaica('j', { value: count(24), time: on('2024-10') }), belize('b', { value: count(10, 'up_to'), time: on('2024-10') })], { severity: 'CONFLICT', claimIds: ['twenty', 'j'] }, { sum });
  });

  it('of several figures for one part at the time, takes the least', () => {
    expectNoFinding(rule, [group('twenty', 20), jamaica('high', { value: count(24), time: on('2024-10') }), jamaica('low', { value: count(18), time: on('2024-10'), sourceIds: ['other'] })], { sum });
  });

  it('no finding when the parts add up to less, come later, left, or are not stocks', () => {
    expectNoFinding(rule, [group('twenty', 20), jamaica('j', { value: count(18), time: on('2024-10') })], { sum });
    expectNoFinding(rule, [group('twenty', 20), jamaica('j', { value: count(24), time: on('2024-11') })], { sum });
    const stock = jamaica('j', { value: count(24), time: on('2024-09-12'), role: 'stock' });
    expectNoFinding(rule, [group('twenty', 20), stock, jamaica('left', { value: count(4), time: on('2024-10-01'), role: 'departure' })], { sum });
    expectNoFinding(rule, [group('twenty', 20), { ...stock, role: null }], { sum });
  });
});
