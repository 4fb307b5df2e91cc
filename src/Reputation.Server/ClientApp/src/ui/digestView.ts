import { changeTone, digestShareReport, formatChange, formatDay, pickDigest } from '../digest';
import { formatNumber, formatTime } from '../format';
import type { MessageKey } from '../i18n';
import { formatNet, netTone } from '../shareOfVoice';
import type { DailyDigest, DigestIncident } from '../types';
import type { UiContext } from './context';
import { fill, h } from './dom';
import { renderShareOfVoice } from './shareOfVoiceView';

/**
 * One figure of the day against its normal: "12 mentions · normal 5 · +140%". Only a rise of negatives is coloured as
 * bad: more mentions in all may as well be good news.
 */
function versus(label: string, actual: number, normal: number | undefined, change: number | undefined, ctx: UiContext, toned: boolean): HTMLElement {
  const { t, lang } = ctx;
  const changeText = formatChange(change, lang);
  return h('li', { class: 'digest-figure' },
    h('strong', {}, formatNumber(actual, lang)), ' ', label,
    normal !== undefined && h('span', { class: 'digest-normal' }, ' · ', t('digest.normal', { value: formatNumber(normal, lang, 1) })),
    changeText !== null && h('span', { class: toned ? `digest-change change-${changeTone(change)}` : 'digest-change', 'data-change': changeTone(change) }, ' · ', changeText));
}

function handling(incident: DigestIncident, ctx: UiContext): HTMLElement {
  const { t, lang } = ctx;
  const steps = [
    incident.acknowledgedAt && t('digest.acknowledged', { by: incident.acknowledgedBy ?? '?', time: formatTime(incident.acknowledgedAt, lang) }),
    incident.resolvedAt && t('digest.resolved', { by: incident.resolvedBy ?? '?', time: formatTime(incident.resolvedAt, lang) }),
  ].filter((s): s is string => !!s);
  return h('p', { class: 'digest-handling' }, steps.length > 0 ? steps.join(' · ') : t('digest.notHandled'));
}

function incidentItem(incident: DigestIncident, ctx: UiContext): HTMLElement {
  const { t, lang } = ctx;
  return h('li', { class: `digest-incident severity-${incident.severity}`, 'data-alert-id': incident.id },
    h('p', {},
      h('span', { class: `badge severity-${incident.severity}` }, t(`severity.${incident.severity}` as MessageKey)), ' ',
      h('strong', {}, incident.title), ' ',
      h('span', { class: 'count' }, t(`type.${incident.type}` as MessageKey), ' · ', t('digest.raised', { time: formatTime(incident.raisedAt, lang) }), ' · ',
        h('span', { class: 'digest-status', 'data-status': incident.status }, t(`status.${incident.status}` as MessageKey)))),
    handling(incident, ctx));
}

/** Fills the day picker with the stored days, newest first, and selects the shown one. */
export function renderDigestDays(select: HTMLSelectElement, digests: readonly DailyDigest[], shown: DailyDigest | null, ctx: UiContext): void {
  fill(select, ...digests.map((d) => h('option', { value: d.day }, formatDay(d.day, ctx.lang))));
  select.disabled = digests.length === 0;
  if (shown) select.value = shown.day;
}

/** The chosen day's digest: volume and negatives against the normal, net sentiment, topics, incidents, share of voice. */
export function renderDigest(container: HTMLElement, digests: readonly DailyDigest[] | null, day: string | null, ctx: UiContext): void {
  const { t, lang } = ctx;
  if (digests === null) return fill(container, h('p', { class: 'empty' }, t('app.loading')));
  const digest = pickDigest(digests, day);
  if (digest === null) return fill(container, h('p', { class: 'empty' }, t('digest.none')));

  const net = formatNet(digest.netSentiment ?? null, lang);
  const share = h('div', { class: 'sov-chart digest-sov' });
  renderShareOfVoice(share, digestShareReport(digest), ctx);
  fill(container,
    h('p', { class: 'digest-produced' }, t('digest.produced', { day: formatDay(digest.day, lang), time: formatTime(digest.producedAt, lang) })),
    h('ul', { class: 'digest-figures' },
      versus(t('digest.mentions'), digest.volume.total, digest.normal?.total, digest.volumeChangePercent, ctx, false),
      versus(t('digest.negative'), digest.volume.negative, digest.normal?.negative, digest.negativeChangePercent, ctx, true),
      h('li', { class: 'digest-figure' },
        h('span', { class: `sov-net net-${netTone(digest.netSentiment ?? null)}` }, net === null ? t('sov.netNone') : t('sov.net', { value: net })))),
    digest.normal === undefined && h('p', { class: 'hint' }, t('digest.noNormal')),
    h('h4', {}, t('digest.topics')),
    digest.topTopics.length === 0
      ? h('p', { class: 'empty' }, t('digest.noTopics'))
      : h('ol', { class: 'compact digest-topics' }, digest.topTopics.map((topic) => h('li', {}, topic.term, ' ', h('span', { class: 'count' }, `(${formatNumber(topic.count, lang)})`)))),
    h('h4', {}, t('digest.incidents')),
    digest.incidents.length === 0
      ? h('p', { class: 'empty' }, t('digest.noIncidents'))
      : h('ul', { class: 'digest-incidents' }, digest.incidents.map((i) => incidentItem(i, ctx))),
    h('h4', {}, t('digest.shareOfVoice')),
    share);
}
