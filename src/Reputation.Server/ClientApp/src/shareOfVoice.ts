import type { Language } from './i18n';
import type { ShareOfVoiceReport } from './types';

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The periods the panel offers, in hours: a day for the current conversation, the whole kept week for the trend. */
export const SOV_PERIODS = [24, 168] as const;
export type SovPeriod = (typeof SOV_PERIODS)[number];

export function parsePeriod(value: string | null | undefined): SovPeriod {
  return SOV_PERIODS.find((p) => String(p) === value) ?? SOV_PERIODS[0];
}

export type NetTone = 'positive' | 'negative' | 'neutral' | 'none';

/** What one bar row shows: bar lengths in percent of the widest track, labels already formatted. */
export interface SovRow {
  brand: string;
  name: string;
  isSubject: boolean;
  volume: number;
  voiceWidth: number;
  negativeWidth: number;
  voiceText: string;
  negativeText: string;
  /** Signed, e.g. "+13%" or "−100%"; null when the brand had no mention. */
  netText: string | null;
  netTone: NetTone;
}

function percent(share: number | null, lang: Language): string {
  return share === null ? '–' : new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Net sentiment as a signed percentage: a comms team reads "+13%" faster than "0.125". */
export function formatNet(net: number | null, lang: Language): string | null {
  if (net === null) return null;
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(net);
}

export function netTone(net: number | null): NetTone {
  if (net === null) return 'none';
  return net > 0 ? 'positive' : net < 0 ? 'negative' : 'neutral';
}

/** A share as a bar width (0..100); out-of-range values from a bad answer are clamped, not drawn past the track. */
function width(share: number | null): number {
  return share === null || !Number.isFinite(share) ? 0 : Math.min(100, Math.max(0, share * 100));
}

export function sovRows(report: ShareOfVoiceReport, lang: Language): SovRow[] {
  return report.brands.map((b) => ({
    brand: b.brand,
    name: b.name || b.brand,
    isSubject: b.brand === report.brand,
    volume: b.volume,
    voiceWidth: width(b.shareOfVoice),
    negativeWidth: width(b.shareOfNegativeVoice),
    voiceText: percent(b.shareOfVoice, lang),
    negativeText: percent(b.shareOfNegativeVoice, lang),
    netText: formatNet(b.netSentiment, lang),
    netTone: netTone(b.netSentiment),
  }));
}
