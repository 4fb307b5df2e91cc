// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../src/i18n';
import { AlertListView } from '../src/ui/alertList';
import type { UiContext } from '../src/ui/context';
import { alert } from './fixtures';

const responder: UiContext = { lang: 'en', t: translator('en'), canRespond: true };
const viewer: UiContext = { ...responder, canRespond: false };

describe('AlertListView', () => {
  let list: HTMLOListElement;
  let calls: string[];
  let view: AlertListView;

  beforeEach(() => {
    document.body.innerHTML = '<ol></ol>';
    list = document.querySelector('ol')!;
    calls = [];
    view = new AlertListView(list, {
      acknowledge: (id) => calls.push(`ack:${id}`),
      resolve: (id) => calls.push(`resolve:${id}`),
    });
  });

  const items = () => [...list.querySelectorAll<HTMLElement>('[data-testid=alert-item]')];

  it('renders the test ids and data attributes the end-to-end test relies on', () => {
    view.render([alert({ id: 'a-1', severity: 'critical', status: 'open' })], responder);
    const [item] = items();
    expect(item?.dataset).toMatchObject({ alertId: 'a-1', status: 'open', severity: 'critical' });
    expect(item?.querySelector('[data-testid=alert-ack]')?.tagName).toBe('BUTTON');
    expect(item?.querySelector('[data-testid=alert-resolve]')?.tagName).toBe('BUTTON');
  });

  it('calls the actions from the buttons', () => {
    view.render([alert({ id: 'a-1' })], responder);
    list.querySelector<HTMLButtonElement>('[data-testid=alert-ack]')!.click();
    list.querySelector<HTMLButtonElement>('[data-testid=alert-resolve]')!.click();
    expect(calls).toEqual(['ack:a-1', 'resolve:a-1']);
  });

  it('shows no action to a viewer and only resolve once acknowledged', () => {
    view.render([alert({ id: 'a-1' })], viewer);
    expect(list.querySelectorAll('button').length).toBe(0);
    view.render([alert({ id: 'a-1', version: 2, status: 'acknowledged', acknowledgedBy: 'ops', acknowledgedAt: '2026-11-24T10:05:00Z' })], responder);
    expect(list.querySelector('[data-testid=alert-ack]')).toBeNull();
    expect(list.querySelector('[data-testid=alert-resolve]')).not.toBeNull();
    expect(list.querySelector('[data-testid=alert-acknowledged-by]')?.textContent).toContain('ops');
  });

  it('redraws an item only when its version changes, and follows the given order', () => {
    view.render([alert({ id: 'a-1' }), alert({ id: 'a-2' })], responder);
    const [first, second] = items();
    view.render([alert({ id: 'a-2' }), alert({ id: 'a-1', version: 2, status: 'acknowledged' })], responder);
    const [nowFirst, nowSecond] = items();
    expect(nowFirst).toBe(second);
    expect(nowSecond).not.toBe(first);
    expect(nowSecond?.dataset.status).toBe('acknowledged');
  });

  it('drops items no longer in the list', () => {
    view.render([alert({ id: 'a-1' }), alert({ id: 'a-2' })], responder);
    view.render([alert({ id: 'a-2' })], responder);
    expect(items().map((i) => i.dataset.alertId)).toEqual(['a-2']);
  });

  it('shows evidence text as text and drops unsafe links', () => {
    view.render([alert({
      evidence: [
        { mentionId: 'm1', text: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', publishedAt: '2026-11-24T10:00:00Z' },
        { mentionId: 'm2', text: 'ok', url: 'https://example.org/m2', publishedAt: '2026-11-24T10:00:00Z' },
      ],
    })], responder);
    expect(list.querySelector('img')).toBeNull();
    expect(list.querySelector('blockquote')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect([...list.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/m2']);
  });
});
