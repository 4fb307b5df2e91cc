import type { Language } from './i18n';
import type { DailyDigest, ShareOfVoiceReport } from './types';

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The day a digest covers, e.g. "Mon 23 Nov": it is a UTC day, so it is shown in UTC whatever the browser's zone. */
export function formatDay(day: string, lang: Language): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** A change against the normal as a signed percentage ("+120%", "−35%"); null when there is no normal to compare with. */
export function formatChange(percent: number | null | undefined, lang: Language): string | null {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return null;
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(percent / 100);
}

export type ChangeTone = 'up' | 'down' | 'flat' | 'none';

/** More negative mentions than normal is the bad direction; the view colours it, the text still says the number. */
export function changeTone(percent: number | null | undefined): ChangeTone {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return 'none';
  return percent > 0 ? 'up' : percent < 0 ? 'down' : 'flat';
}

/** The digest's share of voice in the shape of the live report, so one view draws both; absent shares are null. */
export function digestShareReport(digest: DailyDigest): ShareOfVoiceReport {
  return {
    brand: digest.brand,
    hours: 24,
    from: digest.from,
    to: digest.to,
    brands: digest.shareOfVoice.map((b) => ({
      ...b,
      shareOfVoice: b.shareOfVoice ?? null,
      shareOfNegativeVoice: b.shareOfNegativeVoice ?? null,
      netSentiment: b.netSentiment ?? null,
    })),
  };
}

/** The digest to show: the chosen day when it is still listed, otherwise the newest. */
export function pickDigest(digests: readonly DailyDigest[], day: string | null): DailyDigest | null {
  return digests.find((d) => d.day === day) ?? digests[0] ?? null;
}
