import { describe, expect, it } from 'vitest';
import { formatNet, netTone, parsePeriod, sovRows } from '../src/shareOfVoice';
import type { BrandShare, ShareOfVoiceReport } from '../src/types';

const acme: BrandShare = { brand: 'acme', name: 'ACME', volume: 8, negative: 3, neutral: 1, positive: 4, shareOfVoice: 0.5, shareOfNegativeVoice: 0.375, netSentiment: 0.125 };

const report: ShareOfVoiceReport = {
  brand: 'acme',
  hours: 24,
  from: '2026-11-23T06:00:00Z',
  to: '2026-11-24T06:00:00Z',
  brands: [
    acme,
    { brand: 'rival', name: '', volume: 8, negative: 5, neutral: 3, positive: 0, shareOfVoice: 0.5, shareOfNegativeVoice: 0.625, netSentiment: -0.625 },
    { brand: 'quiet', name: 'Quiet', volume: 0, negative: 0, neutral: 0, positive: 0, shareOfVoice: 0, shareOfNegativeVoice: 0, netSentiment: null },
  ],
};

describe('sovRows', () => {
  it('turns shares into bar widths and formatted labels, the subject first', () => {
    const rows = sovRows(report, 'en');
    expect(rows.map((r) => [r.brand, r.isSubject, r.voiceWidth, r.negativeWidth])).toEqual([
      ['acme', true, 50, 37.5],
      ['rival', false, 50, 62.5],
      ['quiet', false, 0, 0],
    ]);
    expect(rows.map((r) => [r.voiceText, r.negativeText, r.netText, r.netTone])).toEqual([
      ['50%', '37.5%', '+13%', 'positive'],
      ['50%', '62.5%', '-63%', 'negative'],
      ['0%', '0%', null, 'none'],
    ]);
  });

  it('names a brand by its id when it has no name', () => {
    expect(sovRows(report, 'en').map((r) => r.name)).toEqual(['ACME', 'rival', 'Quiet']);
  });

  it('shows a dash for an undefined share and clamps widths from a bad answer', () => {
    const odd: ShareOfVoiceReport = { ...report, brands: [{ ...acme, shareOfVoice: null, shareOfNegativeVoice: 1.7 }] };
    expect(sovRows(odd, 'en').map((r) => [r.voiceText, r.voiceWidth, r.negativeWidth])).toEqual([['–', 0, 100]]);
  });

  it('formats French percentages the French way', () => {
    expect(sovRows(report, 'fr').map((r) => r.negativeText.replace(/\s/g, ' '))).toEqual(['37,5 %', '62,5 %', '0 %']);
  });
});

describe('net sentiment', () => {
  it('is signed, with no sign at zero', () => {
    expect(formatNet(0.125, 'en')).toBe('+13%');
    expect(formatNet(-1, 'en')).toBe('-100%');
    expect(formatNet(0, 'en')).toBe('0%');
    expect(formatNet(null, 'en')).toBeNull();
  });

  it('has a tone for colour', () => {
    expect([netTone(0.2), netTone(-0.2), netTone(0), netTone(null)]).toEqual(['positive', 'negative', 'neutral', 'none']);
  });
});

describe('parsePeriod', () => {
  it('accepts the offered periods and falls back to a day', () => {
    expect(parsePeriod('168')).toBe(168);
    expect(parsePeriod('24')).toBe(24);
    expect(parsePeriod('1000')).toBe(24);
    expect(parsePeriod(null)).toBe(24);
  });
});
