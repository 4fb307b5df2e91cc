import { formatNumber, formatTime, safeUrl } from '../format';
import type { MessageKey } from '../i18n';
import type { BrandOverview, FeedMention } from '../types';
import type { UiContext } from './context';
import { fill, h } from './dom';

export function renderTopTerms(list: HTMLElement, overview: BrandOverview | undefined, ctx: UiContext): void {
  const terms = overview?.topTerms ?? [];
  if (terms.length === 0) return fill(list, h('li', { class: 'empty' }, ctx.t('brand.nothing')));
  fill(list, terms.map((term) => h('li', {}, h('span', { class: 'term' }, term.term), ' ', h('span', { class: 'count' }, formatNumber(term.count, ctx.lang)))));
}

export function renderLoudestAuthors(list: HTMLElement, overview: BrandOverview | undefined, ctx: UiContext): void {
  const authors = overview?.loudestAuthors ?? [];
  if (authors.length === 0) return fill(list, h('li', { class: 'empty' }, ctx.t('brand.nothing')));
  fill(list, authors.map((a) => h('li', {},
    h('span', { class: 'author' }, a.handle), ' ',
    h('span', { class: 'count' }, ctx.t('brand.authorLine', {
      mentions: formatNumber(a.mentions, ctx.lang),
      followers: formatNumber(a.followers, ctx.lang),
    })))));
}

/** The live mention feed; sentiment is shown as a word as well as a colour. */
export function renderMentionFeed(list: HTMLElement, mentions: readonly FeedMention[], ctx: UiContext): void {
  const { t, lang } = ctx;
  if (mentions.length === 0) return fill(list, h('li', { class: 'empty' }, t('brand.feedEmpty')));
  fill(list, mentions.map((m) => {
    const url = safeUrl(m.url);
    return h('li', { class: `mention sentiment-${m.sentiment}`, 'data-mention-id': m.id, 'data-sentiment': m.sentiment },
      h('p', { class: 'mention-text', lang: m.language }, m.text),
      h('p', { class: 'mention-meta' },
        h('span', { class: `sentiment-label sentiment-${m.sentiment}` }, t(`sentiment.${m.sentiment}` as MessageKey)),
        ` · ${m.author ?? m.source}`,
        m.followers > 0 ? ` · ${t('alert.followers', { count: formatNumber(m.followers, lang) })}` : '',
        ` · ${formatTime(m.publishedAt, lang)}`,
        url && ' · ',
        url && h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, t('alert.openLink'))));
  }));
}
