import { formatNumber, formatPercent, formatTime, safeUrl } from '../format';
import { describeChange, type MessageKey } from '../i18n';
import type { Alert, AlertMetrics, Evidence } from '../types';
import type { UiContext } from './context';
import { h } from './dom';

export interface AlertActions {
  acknowledge(id: string): void;
  resolve(id: string): void;
}

/** Which collapsible sections of which alert are open, so a live update does not fold them away. */
export type OpenSections = Set<string>;

export function renderAlertItem(alert: Alert, ctx: UiContext, actions: AlertActions, open: OpenSections, busy: boolean): HTMLLIElement {
  const { t, lang } = ctx;
  return h('li', {
    class: `alert severity-${alert.severity} status-${alert.status}`,
    'data-testid': 'alert-item',
    'data-alert-id': alert.id,
    'data-status': alert.status,
    'data-severity': alert.severity,
    'data-version': alert.version,
    tabindex: -1,
  },
  h('header', { class: 'alert-head' },
    h('span', { class: `badge severity-${alert.severity}` }, t(`severity.${alert.severity}` as MessageKey)),
    h('span', { class: 'alert-type' }, t(`type.${alert.type}` as MessageKey)),
    h('span', { class: 'alert-brand' }, alert.brand),
    h('span', { class: `status status-${alert.status}` }, t(`status.${alert.status}` as MessageKey))),
  h('h3', { class: 'alert-title' }, alert.title),
  h('p', { class: 'alert-summary' }, alert.summary),
  h('p', { class: 'alert-times' },
    t('alert.raisedAt', { time: formatTime(alert.raisedAt, lang) }), ', ',
    t('alert.updatedAt', { time: formatTime(alert.updatedAt, lang) }), ' · ',
    t('alert.score', { score: formatNumber(alert.score, lang, 2) })),
  alert.acknowledgedBy && h('p', { class: 'alert-who', 'data-testid': 'alert-acknowledged-by' },
    t('alert.acknowledgedBy', { name: alert.acknowledgedBy, time: formatTime(alert.acknowledgedAt, lang) })),
  alert.resolvedBy && h('p', { class: 'alert-who', 'data-testid': 'alert-resolved-by' },
    t('alert.resolvedBy', { name: alert.resolvedBy, time: formatTime(alert.resolvedAt, lang) })),
  alert.reasons.length > 0 && h('div', { class: 'alert-reasons' },
    h('h4', {}, t('alert.reasons')),
    h('ul', {}, alert.reasons.map((r) => h('li', {}, r)))),
  ctx.canRespond && alert.status !== 'resolved' && h('div', { class: 'alert-actions' },
    alert.status === 'open' && h('button', {
      type: 'button', class: 'primary', 'data-testid': 'alert-ack', disabled: busy,
      onclick: () => actions.acknowledge(alert.id),
    }, t('alert.acknowledge')),
    h('button', {
      type: 'button', 'data-testid': 'alert-resolve', disabled: busy,
      onclick: () => actions.resolve(alert.id),
    }, t('alert.resolve'))),
  section(alert.id, 'evidence', t('alert.evidence', { count: alert.evidence.length }), open,
    h('ul', { class: 'evidence' }, alert.evidence.map((e) => renderEvidence(e, ctx)))),
  section(alert.id, 'history', t('alert.history'), open,
    h('ol', { class: 'history' }, alert.history.map((entry) => h('li', {},
      h('time', { datetime: entry.at }, formatTime(entry.at, lang)), ' ',
      h('span', { class: `badge severity-${entry.severity}` }, t(`severity.${entry.severity}` as MessageKey)), ' ',
      describeChange(entry.change, t),
      entry.by ? ` (${t('alert.by', { name: entry.by })})` : '')))),
  section(alert.id, 'metrics', t('alert.metrics'), open, renderMetrics(alert.metrics, ctx)));
}

function section(alertId: string, name: string, title: string, open: OpenSections, body: HTMLElement): HTMLDetailsElement {
  const key = `${alertId}:${name}`;
  const details = h('details', { open: open.has(key) }, h('summary', {}, title), body);
  details.addEventListener('toggle', () => (details.open ? open.add(key) : open.delete(key)));
  return details;
}

function renderEvidence(e: Evidence, ctx: UiContext): HTMLLIElement {
  const { t, lang } = ctx;
  const url = safeUrl(e.url);
  return h('li', { class: e.sentiment ? `sentiment-${e.sentiment}` : '' },
    h('blockquote', {}, e.text),
    h('p', { class: 'evidence-meta' },
      e.author ?? '',
      e.followers != null ? ` · ${t('alert.followers', { count: formatNumber(e.followers, lang) })}` : '',
      ` · ${formatTime(e.publishedAt, lang)}`,
      url && ' · ',
      url && h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, t('alert.openLink'))));
}

const METRIC_ORDER: (keyof AlertMetrics)[] = [
  'windowStart', 'windowEnd', 'negative', 'baseline', 'ratio', 'total', 'negativeShare',
  'baselineNegativeShare', 'followers', 'risk', 'relays',
];

function renderMetrics(metrics: AlertMetrics, ctx: UiContext): HTMLDListElement {
  const { t, lang } = ctx;
  const shown = METRIC_ORDER.filter((k) => metrics[k] != null);
  return h('dl', { class: 'metrics' }, shown.map((k) => {
    const value = metrics[k];
    const text = typeof value === 'string'
      ? formatTime(value, lang)
      : k === 'negativeShare' || k === 'baselineNegativeShare'
        ? formatPercent(value as number, lang)
        : formatNumber(value as number, lang, 2);
    return [h('dt', {}, t(`metric.${k}` as MessageKey)), h('dd', {}, text)];
  }).flat());
}
