import { formatNumber } from '../format';
import { sovRows } from '../shareOfVoice';
import type { ShareOfVoiceReport } from '../types';
import type { UiContext } from './context';
import { fill, h } from './dom';

function bar(kind: 'voice' | 'negative', widthPercent: number, label: string, text: string): HTMLElement {
  const fillBar = h('span', { class: `sov-fill sov-${kind}` });
  // Set through the CSSOM rather than a style attribute, so a strict style-src policy still allows it.
  fillBar.style.width = `${widthPercent}%`;
  return h('div', { class: 'sov-bar', 'data-kind': kind },
    h('span', { class: 'sov-bar-label' }, label),
    h('span', { class: 'sov-track', 'aria-hidden': 'true' }, fillBar),
    h('span', { class: 'sov-value' }, text));
}

/** The comparison: per brand, its share of voice and of negative voice as bars, and its net sentiment as text. */
export function renderShareOfVoice(container: HTMLElement, report: ShareOfVoiceReport | null, ctx: UiContext): void {
  const { t, lang } = ctx;
  if (report === null) return fill(container, h('p', { class: 'empty' }, t('app.loading')));
  const rows = sovRows(report, lang);
  fill(container,
    rows.length < 2 && h('p', { class: 'empty' }, t('sov.noCompetitor')),
    rows.every((r) => r.volume === 0) && h('p', { class: 'empty' }, t('sov.empty')),
    h('ul', { class: 'sov-rows' }, rows.map((r) => h('li', { class: r.isSubject ? 'sov-row sov-subject' : 'sov-row', 'data-brand': r.brand },
      h('p', { class: 'sov-name' },
        h('strong', {}, r.name), ' ',
        h('span', { class: 'count' }, r.volume === 1 ? t('sov.oneMention') : t('sov.mentions', { count: formatNumber(r.volume, lang) })), ' · ',
        h('span', { class: `sov-net net-${r.netTone}`, 'data-net': r.netTone },
          r.netText === null ? t('sov.netNone') : t('sov.net', { value: r.netText }))),
      bar('voice', r.voiceWidth, t('sov.voice'), r.voiceText),
      bar('negative', r.negativeWidth, t('sov.negativeVoice'), r.negativeText)))));
}
