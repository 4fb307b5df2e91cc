// Shapes of the server's JSON (camelCase), as described in the API and CONTRACTS.md section 3.

export type Role = 'viewer' | 'responder' | 'admin' | 'ingester';
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type AlertType = 'negative-spike' | 'suspect-press-release' | 'sentiment-shift' | 'influencer-negative';
export type AlertStatus = 'open' | 'acknowledged' | 'resolved';
export type Sentiment = 'negative' | 'neutral' | 'positive';

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
export const ALERT_TYPES: readonly AlertType[] = ['negative-spike', 'suspect-press-release', 'sentiment-shift', 'influencer-negative'];
export const ALERT_STATUSES: readonly AlertStatus[] = ['open', 'acknowledged', 'resolved'];

export interface Me {
  name: string;
  role: Role | '';
}

export interface TermCount {
  term: string;
  count: number;
}

export interface AuthorReach {
  handle: string;
  followers: number;
  mentions: number;
}

export interface BrandOverview {
  brand: string;
  name: string;
  totalMentions: number;
  lastHourTotal: number;
  lastHourNegative: number;
  /** Expected negative mentions in the last hour from the brand's own baseline. */
  lastHourExpected: number | null;
  openAlertsBySeverity: Partial<Record<Severity, number>>;
  lastMentionAt: string | null;
  topTerms: TermCount[];
  loudestAuthors: AuthorReach[];
}

export interface TimelineBucket {
  minute: string;
  total: number;
  negative: number;
  neutral: number;
  positive: number;
  expectedNegative: number | null;
  expectedNegativeUpper: number | null;
}

export interface Timeline {
  brand: string;
  buckets: TimelineBucket[];
}

export interface Evidence {
  mentionId: string;
  text: string;
  url?: string | null;
  author?: string | null;
  publishedAt: string;
  followers?: number | null;
  sentiment?: string | null;
}

export interface AlertMetrics {
  windowStart?: string | null;
  windowEnd?: string | null;
  negative?: number | null;
  baseline?: number | null;
  ratio?: number | null;
  total?: number | null;
  negativeShare?: number | null;
  baselineNegativeShare?: number | null;
  followers?: number | null;
  risk?: number | null;
  relays?: number | null;
}

export interface AlertHistoryEntry {
  at: string;
  change: string;
  severity: Severity;
  by?: string | null;
}

export interface Alert {
  id: string;
  brand: string;
  type: AlertType;
  severity: Severity;
  status: AlertStatus;
  raisedAt: string;
  updatedAt: string;
  title: string;
  summary: string;
  score: number;
  reasons: string[];
  evidence: Evidence[];
  metrics: AlertMetrics;
  acknowledgedBy?: string | null;
  acknowledgedAt?: string | null;
  resolvedBy?: string | null;
  resolvedAt?: string | null;
  history: AlertHistoryEntry[];
  version: number;
}

export interface AlertChanges {
  stamp: number;
  alerts: Alert[];
}

export interface FeedMention {
  id: string;
  text: string;
  publishedAt: string;
  source: string;
  author?: string | null;
  followers: number;
  url?: string | null;
  sentiment: Sentiment;
  score: number;
  language: string;
}

export interface MinuteEvent {
  brand: string;
  bucket: TimelineBucket;
}

export interface MentionsEvent {
  brand: string;
  mentions: FeedMention[];
}

/** One brand's part of GET /api/brands/{id}/share-of-voice; shares are 0..1, null when the sum over brands is 0. */
export interface BrandShare {
  brand: string;
  name: string;
  volume: number;
  negative: number;
  neutral: number;
  positive: number;
  shareOfVoice: number | null;
  shareOfNegativeVoice: number | null;
  /** (positive − negative) / volume, null when the brand has no mention. */
  netSentiment: number | null;
}

export interface ShareOfVoiceReport {
  brand: string;
  hours: number;
  from: string;
  to: string;
  /** The brand first, then its competitors. */
  brands: BrandShare[];
}

/** A brand's summary of one finished UTC day (GET /api/brands/{id}/digests). */
export interface DailyDigest {
  brand: string;
  name: string;
  /** yyyy-MM-dd, UTC. */
  day: string;
  from: string;
  to: string;
  producedAt: string;
  volume: { total: number; negative: number; neutral: number; positive: number };
  /** Mean per day over the previous days with data; absent when there are none. */
  normal?: { days: number; total: number; negative: number; neutral: number; positive: number };
  volumeChangePercent?: number;
  negativeChangePercent?: number;
  netSentiment?: number;
  topTopics: { term: string; count: number }[];
  incidents: DigestIncident[];
  /** The brand first, then its competitors, over the same day. */
  shareOfVoice: BrandShare[];
}

export interface DigestIncident {
  id: string;
  type: AlertType;
  severity: Severity;
  title: string;
  raisedAt: string;
  status: AlertStatus;
  acknowledgedBy?: string;
  acknowledgedAt?: string;
  resolvedBy?: string;
  resolvedAt?: string;
}
