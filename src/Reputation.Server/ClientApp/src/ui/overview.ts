import { formatNumber, formatPercent, formatTime } from '../format';
import type { MessageKey } from '../i18n';
import { glance } from '../series';
import type { BrandOverview } from '../types';
import { SEVERITIES } from '../types';
import type { UiContext } from './context';
import { fill, h } from './dom';

/** One card per brand, most troubled first so the wall screen leads with what matters. */
export function renderOverview(
  list: HTMLElement,
  overviews: readonly BrandOverview[],
  selected: string | null,
  ctx: UiContext,
  onSelect: (brand: string) => void,
): void {
  const { t, lang } = ctx;
  if (overviews.length === 0) {
    fill(list, h('li', { class: 'empty' }, t('overview.empty')));
    return;
  }
  const rank = { crisis: 0, alert: 1, watch: 2, calm: 3 } as const;
  const cards = overviews
    .map((o) => ({ o, g: glance(o) }))
    .sort((a, b) => rank[a.g.level] - rank[b.g.level] || a.o.name.localeCompare(b.o.name));

  fill(list, cards.map(({ o, g }) => {
    const severities = [...SEVERITIES].reverse().filter((s) => (o.openAlertsBySeverity[s] ?? 0) > 0);
    return h('li', { 'data-testid': 'brand-card', 'data-brand': o.brand, 'data-level': g.level, class: 'card' },
      h('button', {
        type: 'button',
        class: 'card-select',
        'aria-pressed': String(o.brand === selected),
        'aria-label': t('overview.select', { name: o.name }),
        onclick: () => onSelect(o.brand),
      },
      h('span', { class: 'card-name' }, o.name),
      h('span', { class: `level level-${g.level}` }, t(`level.${g.level}`))),
      h('p', { class: 'card-volume' }, t('overview.mentionsLastHour', { count: formatNumber(o.lastHourTotal, lang) })),
      h('p', { class: 'card-figures' },
        h('span', {}, `${t('overview.negativeShare')} `,
          h('strong', {}, g.negativeShare === null ? '–' : formatPercent(g.negativeShare, lang))),
        h('span', {}, `${t('overview.versusNormal')} `,
          h('strong', { class: g.versusNormal !== null && g.versusNormal >= 2 ? 'hot' : '' },
            g.versusNormal === null ? t('overview.noBaseline') : `×${formatNumber(g.versusNormal, lang, 1)}`))),
      h('p', { class: 'card-alerts' }, `${t('overview.openAlerts')} `,
        severities.length === 0
          ? t('overview.noOpenAlert')
          : severities.map((s) => h('span', { class: `badge severity-${s}` },
            `${o.openAlertsBySeverity[s]} ${t(`severity.${s}` as MessageKey)}`))),
      h('p', { class: 'card-last' }, o.lastMentionAt
        ? t('overview.lastMention', { time: formatTime(o.lastMentionAt, lang) })
        : t('overview.noMention')));
  }));
}
