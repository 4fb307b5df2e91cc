import type { BrandOverview, FeedMention, Severity, TimelineBucket } from './types';
import { SEVERITIES } from './types';

/** Inserts or replaces a minute bucket (the server re-sends a minute as it fills), keeping order and at most `max`. */
export function upsertBucket(buckets: readonly TimelineBucket[], bucket: TimelineBucket, max: number): TimelineBucket[] {
  const at = Date.parse(bucket.minute);
  const next = buckets.filter((b) => Date.parse(b.minute) !== at);
  next.push(bucket);
  next.sort((a, b) => Date.parse(a.minute) - Date.parse(b.minute));
  return next.length > max ? next.slice(next.length - max) : next;
}

/** Newest mentions first, without duplicates, at most `max`. */
export function pushMentions(feed: readonly FeedMention[], incoming: readonly FeedMention[], max: number): FeedMention[] {
  const seen = new Set<string>();
  const merged = [...incoming, ...feed].filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
  merged.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  return merged.slice(0, max);
}

/** Column arrays for the chart: x in Unix seconds, then total, negative, expected, expected upper. */
export function toChartColumns(buckets: readonly TimelineBucket[]): [number[], number[], number[], (number | null)[], (number | null)[]] {
  return [
    buckets.map((b) => Math.floor(Date.parse(b.minute) / 1000)),
    buckets.map((b) => b.total),
    buckets.map((b) => b.negative),
    buckets.map((b) => b.expectedNegative),
    buckets.map((b) => b.expectedNegativeUpper),
  ];
}

export type Level = 'calm' | 'watch' | 'alert' | 'crisis';

/** A brand's state at a glance, derived from its overview. */
export interface BrandGlance {
  /** Share of negative mentions in the last hour, or null with no mention. */
  negativeShare: number | null;
  /** Last hour's negative volume over its expected volume, or null with no baseline yet. */
  versusNormal: number | null;
  /** The most severe open alert, or null with none. */
  worstSeverity: Severity | null;
  openAlerts: number;
  level: Level;
}

export function glance(o: BrandOverview): BrandGlance {
  const negativeShare = o.lastHourTotal > 0 ? o.lastHourNegative / o.lastHourTotal : null;
  // A baseline under one mention an hour would make any single mention look like a surge.
  const versusNormal = o.lastHourExpected != null ? o.lastHourNegative / Math.max(o.lastHourExpected, 1) : null;
  let worstSeverity: Severity | null = null;
  let openAlerts = 0;
  for (const s of SEVERITIES) {
    const n = o.openAlertsBySeverity[s] ?? 0;
    openAlerts += n;
    if (n > 0) worstSeverity = s;
  }
  return { negativeShare, versusNormal, worstSeverity, openAlerts, level: levelOf(worstSeverity, versusNormal) };
}

function levelOf(worst: Severity | null, versusNormal: number | null): Level {
  if (worst === 'critical' || worst === 'high') return 'crisis';
  if (worst !== null) return 'alert';
  return versusNormal !== null && versusNormal >= 2 ? 'watch' : 'calm';
}
