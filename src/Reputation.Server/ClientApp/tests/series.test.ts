import { describe, expect, it } from 'vitest';
import { glance, pushMentions, toChartColumns, upsertBucket } from '../src/series';
import { bucket, mention, overview } from './fixtures';

describe('upsertBucket', () => {
  it('replaces a minute the server sends again', () => {
    const start = [bucket('2026-11-24T10:00:00Z'), bucket('2026-11-24T10:01:00Z', { total: 3 })];
    const next = upsertBucket(start, bucket('2026-11-24T10:01:00.000Z', { total: 7 }), 10);
    expect(next.map((b) => b.total)).toEqual([10, 7]);
  });

  it('inserts in time order and keeps at most max buckets, dropping the oldest', () => {
    const start = [bucket('2026-11-24T10:00:00Z'), bucket('2026-11-24T10:02:00Z')];
    const next = upsertBucket(start, bucket('2026-11-24T10:01:00Z'), 2);
    expect(next.map((b) => b.minute)).toEqual(['2026-11-24T10:01:00Z', '2026-11-24T10:02:00Z']);
  });
});

describe('pushMentions', () => {
  it('puts the newest first, drops duplicates and bounds the feed', () => {
    const feed = [mention('b', '2026-11-24T10:01:00Z'), mention('a', '2026-11-24T10:00:00Z')];
    const next = pushMentions(feed, [mention('c', '2026-11-24T10:02:00Z'), mention('b', '2026-11-24T10:01:00Z')], 2);
    expect(next.map((m) => m.id)).toEqual(['c', 'b']);
  });
});

describe('toChartColumns', () => {
  it('gives Unix seconds and keeps missing expectations as gaps', () => {
    const [x, total, negative, expected, upper] = toChartColumns([
      bucket('2026-11-24T10:00:00Z', { total: 4, negative: 1, expectedNegative: null, expectedNegativeUpper: null }),
    ]);
    expect(x).toEqual([Date.parse('2026-11-24T10:00:00Z') / 1000]);
    expect([total, negative, expected, upper]).toEqual([[4], [1], [null], [null]]);
  });
});

describe('glance', () => {
  it('computes negative share and volume against normal', () => {
    const g = glance(overview({ lastHourTotal: 200, lastHourNegative: 50, lastHourExpected: 10 }));
    expect(g.negativeShare).toBeCloseTo(0.25);
    expect(g.versusNormal).toBeCloseTo(5);
    expect(g.level).toBe('watch');
  });

  it('has no share without mentions and no ratio without a baseline', () => {
    const g = glance(overview({ lastHourTotal: 0, lastHourNegative: 0, lastHourExpected: null }));
    expect(g.negativeShare).toBeNull();
    expect(g.versusNormal).toBeNull();
    expect(g.level).toBe('calm');
  });

  it('does not blow up a tiny baseline', () => {
    expect(glance(overview({ lastHourNegative: 1, lastHourExpected: 0.01 })).versusNormal).toBe(1);
  });

  it('takes the worst open severity and counts open alerts', () => {
    const g = glance(overview({ openAlertsBySeverity: { low: 2, critical: 1 } }));
    expect(g.worstSeverity).toBe('critical');
    expect(g.openAlerts).toBe(3);
    expect(g.level).toBe('crisis');
    expect(glance(overview({ openAlertsBySeverity: { medium: 1 } })).level).toBe('alert');
  });
});
