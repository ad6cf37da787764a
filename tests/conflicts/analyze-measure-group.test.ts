import { describe, expect, it } from 'vitest';
import { analyzeMeasure, mergeSupport } from '../../src/conflicts/analyze-measure.js';
import { analyzeMeasureGroup } from '../../src/conflicts/analyze-measure-group.js';
import { CEPR, claim, count, on, sumClaims, type MeasureSum } from './harness.js';

const name = (id: string) => id;
const sum: MeasureSum = { wholeMeasureId: 'mss-personnel-deployed-jamaica-and-belize', partMeasureIds: ['mss-personnel-deployed-jamaica', 'mss-personnel-deployed-belize'] };
const lateOctober = { start: '2024-10-21', end: '2024-10-31', label: 'As of late October 2024' };
const twenty = claim('jamaica-belize-20', { measureId: sum.wholeMeasureId, value: count(20), time: lateOctober });
const twoDozen = claim('jamaica-two-dozen', { measureId: 'mss-personnel-deployed-jamaica', value: count(24, 'approximately'), time: on('2024-09-12'), role: 'stock' });

describe('a whole and its parts', () => {
  it("finds the group below one member's carried-forward figure, on the whole's measure", () => {
    const { groups, support } = analyzeMeasureGroup(sumClaims(sum, [twenty, twoDozen]), new Map(), name);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ measureId: sum.wholeMeasureId, claimIds: ['jamaica-belize-20', 'jamaica-two-dozen'], kinds: ['WITHIN_SOURCE'], severity: 'CONFLICT' });
    expect(support.get('jamaica-two-dozen')?.status).toBe('CONTESTED');
  });

  it('finds only what links measures: a conflict within one part is its own measure’s', () => {
    const other = claim('jamaica-30', { measureId: 'mss-personnel-deployed-jamaica', value: count(30), time: on('2024-09-12'), sourceIds: [CEPR] });
    const { groups } = analyzeMeasureGroup(sumClaims(sum, [twoDozen, other]), new Map(), name);
    expect(groups).toEqual([]);
    expect(analyzeMeasure([twoDozen, other], new Map(), name).groups).toHaveLength(1);
  });

  it("combines with the part's own support: contested wins, corroborations add up", () => {
    const own = analyzeMeasure([twoDozen, claim('jamaica-24-cepr', { measureId: 'mss-personnel-deployed-jamaica', value: count(24), time: on('2024-09-12'), sourceIds: [CEPR] })], new Map(), name).support.get('jamaica-two-dozen')!;
    const linked = analyzeMeasureGroup(sumClaims(sum, [twenty, twoDozen]), new Map(), name).support.get('jamaica-two-dozen')!;
    expect(own.status).toBe('CORROBORATED');
    expect(mergeSupport(own, linked)).toMatchObject({ status: 'CONTESTED', corroboratedBy: ['jamaica-24-cepr'] });
    expect(mergeSupport(linked, own)).toMatchObject({ status: 'CONTESTED', corroboratedBy: ['jamaica-24-cepr'] });
  });
});
