import type { Alert, BrandOverview, FeedMention, TimelineBucket } from '../src/types';

export function alert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 'a-1',
    brand: 'vinci',
    type: 'negative-spike',
    severity: 'high',
    status: 'open',
    raisedAt: '2026-11-24T10:00:00Z',
    updatedAt: '2026-11-24T10:00:00Z',
    title: 'Negative spike about VINCI',
    summary: 'Negative mentions are far above normal.',
    score: 0.8,
    reasons: ['negative volume 12x baseline'],
    evidence: [],
    metrics: { negative: 120, baseline: 10 },
    history: [{ at: '2026-11-24T10:00:00Z', change: 'raised', severity: 'high' }],
    version: 1,
    ...overrides,
  };
}

export function bucket(minute: string, overrides: Partial<TimelineBucket> = {}): TimelineBucket {
  return { minute, total: 10, negative: 2, neutral: 5, positive: 3, expectedNegative: 1.5, expectedNegativeUpper: 4, ...overrides };
}

export function mention(id: string, publishedAt: string): FeedMention {
  return { id, text: `text ${id}`, publishedAt, source: 'twitter', followers: 10, sentiment: 'neutral', score: 0, language: 'en' };
}

export function overview(overrides: Partial<BrandOverview> = {}): BrandOverview {
  return {
    brand: 'vinci',
    name: 'VINCI',
    totalMentions: 1000,
    lastHourTotal: 100,
    lastHourNegative: 20,
    lastHourExpected: 10,
    openAlertsBySeverity: {},
    lastMentionAt: '2026-11-24T10:00:00Z',
    topTerms: [],
    loudestAuthors: [],
    ...overrides,
  };
}
