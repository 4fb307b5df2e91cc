// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../src/i18n';
import type { ShareOfVoiceReport } from '../src/types';
import type { UiContext } from '../src/ui/context';
import { renderShareOfVoice } from '../src/ui/shareOfVoiceView';

const en: UiContext = { lang: 'en', t: translator('en'), canRespond: false };
const fr: UiContext = { lang: 'fr', t: translator('fr'), canRespond: false };

const report = (volumes: [number, number]): ShareOfVoiceReport => ({
  brand: 'acme',
  hours: 24,
  from: '2026-11-23T06:00:00Z',
  to: '2026-11-24T06:00:00Z',
  brands: [
    { brand: 'acme', name: 'ACME', volume: volumes[0], negative: 1, neutral: 0, positive: volumes[0] - 1, shareOfVoice: 0.75, shareOfNegativeVoice: 0.5, netSentiment: 0.5 },
    { brand: 'rival', name: 'Rival', volume: volumes[1], negative: 1, neutral: 0, positive: 0, shareOfVoice: 0.25, shareOfNegativeVoice: 0.5, netSentiment: -1 },
  ],
});

describe('renderShareOfVoice', () => {
  let container: HTMLElement;

  beforeEach(() => {
    document.body.innerHTML = '<div></div>';
    container = document.querySelector('div')!;
  });

  it('draws two bars per brand, sized by the shares, with net sentiment as text', () => {
    renderShareOfVoice(container, report([4, 1]), en);
    const rows = [...container.querySelectorAll<HTMLElement>('.sov-row')];
    expect(rows.map((r) => r.dataset.brand)).toEqual(['acme', 'rival']);
    const widths = rows.map((r) => [...r.querySelectorAll<HTMLElement>('.sov-fill')].map((f) => f.style.width));
    expect(widths).toEqual([['75%', '50%'], ['25%', '50%']]);
    expect(rows.map((r) => r.querySelector('.sov-net')?.textContent)).toEqual(['Net sentiment +50%', 'Net sentiment -100%']);
    expect(rows.map((r) => r.querySelector('.count')?.textContent)).toEqual(['4 mentions', '1 mention']);
    expect(container.querySelector('.empty')).toBeNull();
  });

  it('says so when nobody was mentioned, and speaks French', () => {
    const quiet: ShareOfVoiceReport = {
      ...report([0, 0]),
      brands: report([0, 0]).brands.map((b) => ({ ...b, negative: 0, positive: 0, shareOfVoice: null, shareOfNegativeVoice: null, netSentiment: null })),
    };
    renderShareOfVoice(container, quiet, fr);
    expect(container.querySelector('.empty')?.textContent).toBe('Aucune mention de ces marques sur cette période.');
    expect(container.querySelector('.sov-net')?.textContent).toBe('Pas de sentiment net (aucune mention)');
  });

  it('shows the loading text until the report arrives', () => {
    renderShareOfVoice(container, null, en);
    expect(container.textContent).toBe('Loading…');
  });
});
