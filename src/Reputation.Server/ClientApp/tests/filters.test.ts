import { describe, expect, it } from 'vitest';
import { applyFilter, NO_FILTER, needsAttention, parseFilter } from '../src/filters';
import { alert } from './fixtures';

const alerts = [
  alert({ id: '1', brand: 'vinci', type: 'negative-spike', severity: 'high', status: 'open' }),
  alert({ id: '2', brand: 'vinci', type: 'suspect-press-release', severity: 'critical', status: 'acknowledged' }),
  alert({ id: '3', brand: 'danone', type: 'negative-spike', severity: 'low', status: 'resolved' }),
];

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('applyFilter', () => {
  it('keeps everything with no filter', () => {
    expect(ids(applyFilter(alerts, NO_FILTER))).toEqual(['1', '2', '3']);
  });

  it('filters on each field', () => {
    expect(ids(applyFilter(alerts, { ...NO_FILTER, brand: 'vinci' }))).toEqual(['1', '2']);
    expect(ids(applyFilter(alerts, { ...NO_FILTER, type: 'negative-spike' }))).toEqual(['1', '3']);
    expect(ids(applyFilter(alerts, { ...NO_FILTER, severity: 'critical' }))).toEqual(['2']);
    expect(ids(applyFilter(alerts, { ...NO_FILTER, status: 'resolved' }))).toEqual(['3']);
  });

  it('combines filters', () => {
    expect(ids(applyFilter(alerts, { brand: 'vinci', type: 'negative-spike', severity: '', status: 'open' }))).toEqual(['1']);
    expect(ids(applyFilter(alerts, { brand: 'danone', type: '', severity: 'high', status: '' }))).toEqual([]);
  });
});

describe('parseFilter', () => {
  it('keeps known values', () => {
    expect(parseFilter({ brand: 'vinci', type: 'sentiment-shift', severity: 'medium', status: 'open' }))
      .toEqual({ brand: 'vinci', type: 'sentiment-shift', severity: 'medium', status: 'open' });
  });

  it('turns unknown or malformed values into "any"', () => {
    expect(parseFilter({ brand: 'Not A Brand!', type: 'bogus', severity: null, status: 'closed' })).toEqual(NO_FILTER);
  });
});

describe('needsAttention', () => {
  it('rings for a new open critical alert, an escalation to critical and a reopened critical alert', () => {
    expect(needsAttention(alert({ severity: 'critical' }), undefined)).toBe(true);
    expect(needsAttention(alert({ severity: 'critical', version: 2 }), alert({ severity: 'high' }))).toBe(true);
    expect(needsAttention(alert({ severity: 'critical', version: 3 }), alert({ severity: 'critical', status: 'resolved' }))).toBe(true);
  });

  it('stays quiet for an update of an already critical alert, a non-critical one, or a closed one', () => {
    expect(needsAttention(alert({ severity: 'critical', version: 2 }), alert({ severity: 'critical' }))).toBe(false);
    expect(needsAttention(alert({ severity: 'high' }), undefined)).toBe(false);
    expect(needsAttention(alert({ severity: 'critical', status: 'acknowledged' }), undefined)).toBe(false);
  });
});
