// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { changeTone, digestShareReport, formatChange, formatDay, pickDigest } from '../src/digest';
import { translator } from '../src/i18n';
import type { DailyDigest } from '../src/types';
import type { UiContext } from '../src/ui/context';
import { renderDigest, renderDigestDays } from '../src/ui/digestView';

const en: UiContext = { lang: 'en', t: translator('en'), canRespond: false };
const fr: UiContext = { lang: 'fr', t: translator('fr'), canRespond: false };

const digest = (day: string, extra: Partial<DailyDigest> = {}): DailyDigest => ({
  brand: 'acme',
  name: 'ACME',
  day,
  from: `${day}T00:00:00Z`,
  to: `${day}T23:59:59Z`,
  producedAt: `${day}T23:59:59Z`,
  volume: { total: 12, negative: 6, neutral: 2, positive: 4 },
  normal: { days: 3, total: 5, negative: 1.5, neutral: 2, positive: 1.5 },
  volumeChangePercent: 140,
  negativeChangePercent: 300,
  netSentiment: -0.1667,
  topTopics: [{ term: 'refund', count: 5 }, { term: 'delay', count: 2 }],
  incidents: [
    { id: 'a-1', type: 'negative-spike', severity: 'high', title: 'Negative spike', raisedAt: `${day}T09:00:00Z`, status: 'resolved',
      acknowledgedBy: 'rita', acknowledgedAt: `${day}T09:05:00Z`, resolvedBy: 'rita', resolvedAt: `${day}T11:00:00Z` },
    { id: 'a-2', type: 'influencer-negative', severity: 'medium', title: 'Influencer', raisedAt: `${day}T15:00:00Z`, status: 'open' },
  ],
  // As the API sends it: a competitor without mentions has its null shares left out.
  shareOfVoice: [
    { brand: 'acme', name: 'ACME', volume: 12, negative: 6, neutral: 2, positive: 4, shareOfVoice: 1, shareOfNegativeVoice: 1, netSentiment: -0.1667 },
    { brand: 'rival', name: 'Rival', volume: 0, negative: 0, neutral: 0, positive: 0, shareOfVoice: 0, shareOfNegativeVoice: 0 } as DailyDigest['shareOfVoice'][number],
  ],
  ...extra,
});

describe('digest helpers', () => {
  it('shows the UTC day and signed changes, and keeps absent shares null', () => {
    expect(formatDay('2026-11-23', 'en')).toBe('Mon 23 Nov');
    expect(formatChange(140, 'en')).toBe('+140%');
    expect(formatChange(-35, 'en')).toBe('-35%');
    expect(formatChange(undefined, 'en')).toBeNull();
    expect([changeTone(3), changeTone(-1), changeTone(0), changeTone(undefined)]).toEqual(['up', 'down', 'flat', 'none']);
    expect(digestShareReport(digest('2026-11-23')).brands[1]?.netSentiment).toBeNull();
    const list = [digest('2026-11-23'), digest('2026-11-22')];
    expect(pickDigest(list, '2026-11-22')?.day).toBe('2026-11-22');
    expect(pickDigest(list, '2026-10-01')?.day).toBe('2026-11-23');
    expect(pickDigest([], null)).toBeNull();
  });
});

describe('renderDigest', () => {
  let container: HTMLElement;
  let select: HTMLSelectElement;

  beforeEach(() => {
    document.body.innerHTML = '<select></select><div></div>';
    select = document.querySelector('select')!;
    container = document.querySelector('div')!;
  });

  it('shows the chosen day against its normal, its topics, incidents with their handling and share of voice', () => {
    const list = [digest('2026-11-23'), digest('2026-11-22', { volume: { total: 3, negative: 0, neutral: 3, positive: 0 } })];
    renderDigestDays(select, list, list[0] ?? null, en);
    renderDigest(container, list, null, en);

    expect([...select.options].map((o) => o.value)).toEqual(['2026-11-23', '2026-11-22']);
    const figures = [...container.querySelectorAll('.digest-figure')].map((f) => f.textContent);
    expect(figures).toEqual(['12 mentions · normal 5 · +140%', '6 negative · normal 1.5 · +300%', 'Net sentiment -17%']);
    expect(container.querySelector('.change-up')?.textContent).toContain('+300%');
    expect([...container.querySelectorAll('.digest-topics li')].map((li) => li.textContent)).toEqual(['refund (5)', 'delay (2)']);
    const incidents = [...container.querySelectorAll<HTMLElement>('.digest-incident')];
    expect(incidents.map((i) => i.dataset.alertId)).toEqual(['a-1', 'a-2']);
    expect(incidents[0]?.querySelector('.digest-handling')?.textContent).toMatch(/^acknowledged by rita .* · resolved by rita /);
    expect(incidents[1]?.querySelector('.digest-handling')?.textContent).toBe('Not yet acknowledged');
    expect([...container.querySelectorAll<HTMLElement>('.sov-row')].map((r) => r.dataset.brand)).toEqual(['acme', 'rival']);

    renderDigest(container, list, '2026-11-22', en);
    expect(container.querySelector('.digest-figure')?.textContent).toMatch(/^3 mentions/);
  });

  it('says when there is no digest or no normal yet, in French too', () => {
    renderDigestDays(select, [], null, fr);
    renderDigest(container, [], null, fr);
    expect(select.disabled).toBe(true);
    expect(container.textContent).toBe('Pas encore de synthèse : elle est produite chaque matin pour la veille.');

    renderDigest(container, [digest('2026-11-23', { normal: undefined, volumeChangePercent: undefined, negativeChangePercent: undefined, incidents: [], topTopics: [] })], null, en);
    expect(container.querySelector('.digest-figure')?.textContent).toBe('12 mentions');
    expect(container.textContent).toContain('No normal yet');
    expect(container.textContent).toContain('No incident this day.');
  });
});
