import './styles.css';
import { AlertStore } from './alertStore';
import { api, HttpError, LOGIN_PAGE } from './api';
import { formatTime } from './format';
import { applyFilter, needsAttention, NO_FILTER, parseFilter, type AlertFilter } from './filters';
import { loadLanguage, safeGet, saveLanguage, translator, type MessageKey } from './i18n';
import { LiveConnection, type ConnectionState } from './live';
import { pushMentions, upsertBucket } from './series';
import { parsePeriod } from './shareOfVoice';
import type { Alert, BrandOverview, DailyDigest, FeedMention, Me, ShareOfVoiceReport, TimelineBucket } from './types';
import { ALERT_STATUSES, ALERT_TYPES, SEVERITIES } from './types';
import { AlertListView } from './ui/alertList';
import { renderLoudestAuthors, renderMentionFeed, renderTopTerms } from './ui/brandPanel';
import type { UiContext } from './ui/context';
import { byId, fill, h } from './ui/dom';
import { Alarm } from './ui/notify';
import { renderOverview } from './ui/overview';
import { renderShareOfVoice } from './ui/shareOfVoiceView';
import { renderDigest, renderDigestDays } from './ui/digestView';
import { pickDigest } from './digest';
import { applyPrefs, loadPrefs } from './ui/prefs';
import { applyStaticText } from './ui/staticText';
import { markersOf, TimelineChart } from './ui/timelineChart';

const TIMELINE_MINUTES = 360;
const FEED_SIZE = 100;
const OVERVIEW_REFRESH_MS = 15_000;
const DIGEST_REFRESH_MS = 10 * 60_000;
// Alert bursts come in groups; one overview reload a second is enough to follow them.
const OVERVIEW_DEBOUNCE_MS = 1_000;
const BRAND_KEY = 'reputation.brand';
const FILTER_KEY = 'reputation.filter';
const SOV_PERIOD_KEY = 'reputation.sovPeriod';

const page = {
  connection: byId('connection-status'),
  who: byId('who'),
  prefDark: byId<HTMLInputElement>('pref-dark'),
  prefLarge: byId<HTMLInputElement>('pref-large'),
  alarmButton: byId<HTMLButtonElement>('enable-alarm'),
  langToggle: byId<HTMLButtonElement>('lang-toggle'),
  signOut: byId<HTMLButtonElement>('sign-out'),
  message: byId('page-message'),
  cards: byId('brand-overview'),
  alertCount: byId('alert-count'),
  filters: byId<HTMLFormElement>('alert-filters'),
  filterBrand: byId<HTMLSelectElement>('filter-brand'),
  filterType: byId<HTMLSelectElement>('filter-type'),
  filterSeverity: byId<HTMLSelectElement>('filter-severity'),
  filterStatus: byId<HTMLSelectElement>('filter-status'),
  alertMessage: byId('alert-message'),
  alertList: byId('alert-list'),
  alertsEmpty: byId('alerts-empty'),
  brandSelect: byId<HTMLSelectElement>('brand-select'),
  timelineCaption: byId('timeline-caption'),
  chart: byId('timeline-chart'),
  topTerms: byId('top-terms'),
  loudestAuthors: byId('loudest-authors'),
  feed: byId('mention-feed'),
  sovPeriod: byId<HTMLSelectElement>('sov-period'),
  sovUntil: byId('sov-until'),
  sovChart: byId('sov-chart'),
  digestDay: byId<HTMLSelectElement>('digest-day'),
  digestBody: byId('digest-body'),
};

const state = {
  lang: loadLanguage(),
  me: null as Me | null,
  connection: 'offline' as ConnectionState,
  overviews: [] as BrandOverview[],
  brand: null as string | null,
  buckets: [] as TimelineBucket[],
  feed: [] as FeedMention[],
  filter: loadFilter(),
  sovPeriod: parsePeriod(safeGet(SOV_PERIOD_KEY)),
  sov: null as ShareOfVoiceReport | null,
  /** The brand's stored digests, newest first; null while loading. */
  digests: null as DailyDigest[] | null,
  /** The day picked by the user; null shows the newest. */
  digestDay: null as string | null,
  alertMessage: null as { key: MessageKey; error?: string } | null,
  pageMessage: null as { key: MessageKey; params?: Record<string, string> } | null,
};

const store = new AlertStore();
let connectedBefore = false;
/** The timeline request in flight and the minutes that arrived live meanwhile (newer than its answer). */
let timelineLoad: { brand: string; live: TimelineBucket[] } | null = null;
const alarm = new Alarm();
const prefs = loadPrefs();
const chart = new TimelineChart(page.chart);
const alertList = new AlertListView(page.alertList, {
  acknowledge: (id) => void changeStatus(id, api.acknowledge),
  resolve: (id) => void changeStatus(id, api.resolve),
});
const live = new LiveConnection({
  alert: (alert) => receiveAlerts([alert]),
  caughtUp: (changes) => {
    receiveAlerts(changes.alerts, changes.stamp);
    // Minutes and counts sent while the connection was down are lost: reload them after a reconnect.
    if (connectedBefore && state.brand !== null) void loadTimeline(state.brand);
    if (connectedBefore) scheduleOverviewRefresh();
    connectedBefore = true;
  },
  minute: ({ brand, bucket }) => {
    if (brand !== state.brand) return;
    state.buckets = upsertBucket(state.buckets, bucket, TIMELINE_MINUTES);
    if (timelineLoad?.brand === brand) timelineLoad.live.push(bucket);
    chart.setBuckets(state.buckets);
  },
  mentions: ({ brand, mentions }) => {
    if (brand !== state.brand) return;
    state.feed = pushMentions(state.feed, mentions, FEED_SIZE);
    renderMentionFeed(page.feed, state.feed, ctx());
  },
  state: (connection) => {
    state.connection = connection;
    renderConnection();
  },
  // A refused hub start is often an expired session: /me sends the browser to the sign-in page then.
  startFailed: () => void api.me().catch(() => undefined),
}, () => store.stamp);

function ctx(): UiContext {
  const role = state.me?.role;
  return { lang: state.lang, t: translator(state.lang), canRespond: role === 'responder' || role === 'admin' };
}

// ---- alerts ----

/** Merges alerts from any source (hub event, catch-up, action result); rings for new critical ones. */
function receiveAlerts(alerts: readonly Alert[], stamp?: number): void {
  const previous = new Map(alerts.map((a) => [a.id, store.get(a.id)]));
  const changed = stamp === undefined ? alerts.filter((a) => store.merge(a)) : store.mergeChanges(stamp, alerts);
  if (changed.length === 0) return;
  const t = ctx().t;
  for (const alert of changed) {
    if (needsAttention(alert, previous.get(alert.id))) {
      alarm.ring(t('notify.title', { severity: t(`severity.${alert.severity}` as MessageKey), brand: alert.brand }), alert.title, alert.id);
    }
  }
  renderAlerts();
  chart.setMarkers(state.brand ? markersOf(store.list(), state.brand) : []);
  scheduleOverviewRefresh();
}

async function changeStatus(id: string, call: (id: string) => Promise<Alert>): Promise<void> {
  alertList.setBusy(id, true);
  state.alertMessage = null;
  renderAlerts();
  try {
    receiveAlerts([await call(id)]);
  } catch (error) {
    state.alertMessage = error instanceof HttpError && error.status === 403
      ? { key: 'alert.forbidden' }
      : { key: 'alert.actionFailed', error: error instanceof Error ? error.message : String(error) };
  } finally {
    alertList.setBusy(id, false);
    renderAlerts();
  }
}

function renderAlerts(): void {
  const c = ctx();
  const all = store.list();
  const shown = alertList.render(applyFilter(all, state.filter), c);
  page.alertCount.textContent = c.t('alerts.count', { shown, total: all.length });
  page.alertsEmpty.hidden = shown > 0;
  page.alertMessage.hidden = state.alertMessage === null;
  page.alertMessage.textContent = state.alertMessage === null ? '' : c.t(state.alertMessage.key, { error: state.alertMessage.error ?? '' });
}

// ---- filters ----

function loadFilter(): AlertFilter {
  try {
    return parseFilter(JSON.parse(safeGet(FILTER_KEY) ?? '{}') as Record<string, string>);
  } catch {
    return NO_FILTER; // a damaged saved filter must not keep the page from starting
  }
}

function renderFilterOptions(): void {
  const { t } = ctx();
  const options = (select: HTMLSelectElement, values: readonly string[], label: (v: string) => string, current: string) => {
    fill(select, h('option', { value: '' }, t('filter.any')), values.map((v) => h('option', { value: v }, label(v))));
    select.value = values.includes(current) ? current : '';
  };
  options(page.filterBrand, state.overviews.map((o) => o.brand), (b) => state.overviews.find((o) => o.brand === b)?.name ?? b, state.filter.brand);
  options(page.filterType, ALERT_TYPES, (v) => t(`type.${v}` as MessageKey), state.filter.type);
  options(page.filterSeverity, SEVERITIES, (v) => t(`severity.${v}` as MessageKey), state.filter.severity);
  options(page.filterStatus, ALERT_STATUSES, (v) => t(`status.${v}` as MessageKey), state.filter.status);
}

page.filters.addEventListener('change', () => {
  state.filter = parseFilter({
    brand: page.filterBrand.value,
    type: page.filterType.value,
    severity: page.filterSeverity.value,
    status: page.filterStatus.value,
  });
  try {
    localStorage.setItem(FILTER_KEY, JSON.stringify(state.filter));
  } catch {
    // Storage refused: the filter lasts for this page only.
  }
  renderAlerts();
});
page.filters.addEventListener('submit', (event) => event.preventDefault());

// ---- overview ----

let overviewTimer: number | undefined;

function scheduleOverviewRefresh(): void {
  window.clearTimeout(overviewTimer);
  overviewTimer = window.setTimeout(() => void refreshOverview(), OVERVIEW_DEBOUNCE_MS);
}

async function refreshOverview(): Promise<void> {
  window.clearTimeout(overviewTimer);
  try {
    state.overviews = await api.overview();
    if (state.pageMessage?.key === 'app.loadFailed') state.pageMessage = null;
  } catch (error) {
    // Keep showing the last data: a wall screen should degrade, not go blank.
    state.pageMessage = { key: 'app.loadFailed', params: { error: error instanceof Error ? error.message : String(error) } };
  }
  renderOverviewArea();
  if (state.brand === null) selectInitialBrand();
}

/** The brand chosen on the last visit if it still exists, otherwise the first one. */
function selectInitialBrand(): void {
  const saved = safeGet(BRAND_KEY);
  const first = state.overviews.find((o) => o.brand === saved) ?? state.overviews[0];
  if (first) selectBrand(first.brand);
}

function renderOverviewArea(): void {
  const c = ctx();
  renderOverview(page.cards, state.overviews, state.brand, c, selectBrand);
  renderBrandSelect();
  renderFilterOptions();
  const overview = state.overviews.find((o) => o.brand === state.brand);
  renderTopTerms(page.topTerms, overview, c);
  renderLoudestAuthors(page.loudestAuthors, overview, c);
  renderPageMessage();
}

// ---- brand panel ----

function renderBrandSelect(): void {
  const { t } = ctx();
  fill(page.brandSelect,
    state.brand === null && h('option', { value: '' }, t('brand.none')),
    state.overviews.map((o) => h('option', { value: o.brand }, o.name)));
  page.brandSelect.value = state.brand ?? '';
}

page.brandSelect.addEventListener('change', () => {
  if (page.brandSelect.value !== '') selectBrand(page.brandSelect.value);
});

function selectBrand(brand: string): void {
  if (brand === state.brand) return;
  state.brand = brand;
  state.buckets = [];
  state.feed = [];
  try {
    localStorage.setItem(BRAND_KEY, brand);
  } catch {
    // Storage refused: the next visit starts on the first brand.
  }
  renderOverviewArea();
  renderMentionFeed(page.feed, state.feed, ctx());
  chart.setBuckets([]);
  chart.setMarkers(markersOf(store.list(), brand));
  live.watchBrand(brand).catch(() => undefined); // a failure here is a lost connection: the reconnect re-joins
  void loadTimeline(brand);
  state.sov = null;
  renderSov();
  void loadShareOfVoice();
  state.digests = null;
  state.digestDay = null;
  renderDigests();
  void loadDigests();
}

async function loadTimeline(brand: string): Promise<void> {
  const load = { brand, live: [] as TimelineBucket[] };
  timelineLoad = load;
  try {
    const timeline = await api.timeline(brand, TIMELINE_MINUTES);
    if (timelineLoad !== load) return; // the user moved on, or a newer load started, while this loaded
    state.buckets = load.live.reduce((all, b) => upsertBucket(all, b, TIMELINE_MINUTES), timeline.buckets.slice(-TIMELINE_MINUTES));
    chart.setBuckets(state.buckets);
  } catch (error) {
    if (timelineLoad !== load) return;
    state.pageMessage = { key: 'app.loadFailed', params: { error: error instanceof Error ? error.message : String(error) } };
    renderPageMessage();
  } finally {
    if (timelineLoad === load) timelineLoad = null;
  }
}

// ---- share of voice ----

let sovLoad = 0;

async function loadShareOfVoice(): Promise<void> {
  const brand = state.brand;
  if (brand === null) return;
  const load = ++sovLoad;
  try {
    const report = await api.shareOfVoice(brand, state.sovPeriod);
    if (load !== sovLoad) return; // a newer brand or period was chosen meanwhile
    state.sov = report;
    renderSov();
  } catch (error) {
    if (load !== sovLoad) return;
    state.pageMessage = { key: 'app.loadFailed', params: { error: error instanceof Error ? error.message : String(error) } };
    renderPageMessage();
  }
}

function renderSov(): void {
  const c = ctx();
  page.sovPeriod.value = String(state.sovPeriod);
  page.sovUntil.textContent = state.sov === null ? '' : c.t('sov.until', { time: formatTime(state.sov.to, c.lang) });
  if (state.brand === null) fill(page.sovChart);
  else renderShareOfVoice(page.sovChart, state.sov, c);
}

page.sovPeriod.addEventListener('change', () => {
  state.sovPeriod = parsePeriod(page.sovPeriod.value);
  try {
    localStorage.setItem(SOV_PERIOD_KEY, String(state.sovPeriod));
  } catch {
    // Storage refused: the period lasts for this page only.
  }
  state.sov = null;
  renderSov();
  void loadShareOfVoice();
});

// ---- daily digest ----

let digestLoad = 0;

async function loadDigests(): Promise<void> {
  const brand = state.brand;
  if (brand === null) return;
  const load = ++digestLoad;
  try {
    const digests = await api.digests(brand);
    if (load !== digestLoad) return; // another brand was chosen meanwhile
    state.digests = digests;
    renderDigests();
  } catch (error) {
    if (load !== digestLoad) return;
    state.pageMessage = { key: 'app.loadFailed', params: { error: error instanceof Error ? error.message : String(error) } };
    renderPageMessage();
  }
}

function renderDigests(): void {
  const c = ctx();
  const digests = state.brand === null ? [] : state.digests;
  renderDigestDays(page.digestDay, digests ?? [], pickDigest(digests ?? [], state.digestDay), c);
  renderDigest(page.digestBody, digests, state.digestDay, c);
}

page.digestDay.addEventListener('change', () => {
  state.digestDay = page.digestDay.value;
  renderDigests();
});

// ---- header ----

function roleName(role: string): string {
  return ['viewer', 'responder', 'admin', 'ingester'].includes(role) ? ctx().t(`role.${role}` as MessageKey) : role || '?';
}

function renderConnection(): void {
  page.connection.dataset.state = state.connection;
  page.connection.textContent = ctx().t(`connection.${state.connection}`);
  page.connection.setAttribute('aria-label', `${ctx().t('connection.label')}: ${page.connection.textContent}`);
}

function renderAlarmButton(): void {
  const { t } = ctx();
  const key: MessageKey = { off: 'header.enableAlerts', on: 'header.alertsEnabled', 'sound-only': 'header.alertsBlocked' }[alarm.state] as MessageKey;
  page.alarmButton.textContent = t(key);
  page.alarmButton.setAttribute('aria-pressed', String(alarm.state !== 'off'));
}

function renderPageMessage(): void {
  page.message.hidden = state.pageMessage === null;
  page.message.textContent = state.pageMessage === null ? '' : ctx().t(state.pageMessage.key, state.pageMessage.params);
}

function renderAll(): void {
  const c = ctx();
  document.documentElement.lang = state.lang;
  document.title = c.t('app.title');
  applyStaticText(document, c.t);
  page.langToggle.textContent = c.t('header.language');
  page.langToggle.setAttribute('aria-label', c.t('header.languageLabel'));
  page.who.textContent = state.me ? c.t('header.signedInAs', { name: state.me.name, role: roleName(state.me.role) }) : '';
  page.timelineCaption.textContent = c.t('brand.timeline', { hours: TIMELINE_MINUTES / 60 });
  renderConnection();
  renderAlarmButton();
  renderOverviewArea();
  renderAlerts();
  renderMentionFeed(page.feed, state.feed, c);
  renderSov();
  renderDigests();
  chart.rebuild(c);
}

page.langToggle.addEventListener('click', () => {
  state.lang = state.lang === 'en' ? 'fr' : 'en';
  saveLanguage(state.lang);
  renderAll();
});

page.prefDark.checked = prefs.dark;
page.prefLarge.checked = prefs.large;
applyPrefs(prefs);
for (const input of [page.prefDark, page.prefLarge]) {
  input.addEventListener('change', () => {
    applyPrefs({ dark: page.prefDark.checked, large: page.prefLarge.checked });
    chart.rebuild(ctx()); // chart colours and size follow the theme
  });
}

page.alarmButton.addEventListener('click', () => void alarm.enable().then(renderAlarmButton));

page.signOut.addEventListener('click', async () => {
  await api.logout().catch(() => undefined);
  location.assign(LOGIN_PAGE);
});

// ---- start ----

async function start(): Promise<void> {
  renderAll();
  try {
    state.me = await api.me();
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return; // on the way to the sign-in page
    state.pageMessage = { key: 'app.loadFailed', params: { error: error instanceof Error ? error.message : String(error) } };
    renderPageMessage();
    return;
  }
  if (!['viewer', 'responder', 'admin'].includes(state.me.role)) {
    state.pageMessage = { key: 'app.notAllowed', params: { role: roleName(state.me.role) } };
    renderAll();
    return;
  }
  renderAll();

  // The first change set carries every current alert and the stamp the hub's CatchUp continues from.
  const [changes] = await Promise.all([api.changes(0), refreshOverview()]);
  store.mergeChanges(changes.stamp, changes.alerts);
  renderAlerts();
  if (state.brand) chart.setMarkers(markersOf(store.list(), state.brand));

  await live.start();
  window.setInterval(() => {
    void refreshOverview();
    void loadShareOfVoice();
  }, OVERVIEW_REFRESH_MS);
  // A new digest appears once a day: a slow poll is enough to pick it up on a wall screen left open.
  window.setInterval(() => void loadDigests(), DIGEST_REFRESH_MS);
}

void start().catch((error: unknown) => {
  state.pageMessage = { key: 'app.loadFailed', params: { error: error instanceof Error ? error.message : String(error) } };
  renderPageMessage();
});
