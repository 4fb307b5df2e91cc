import type { Alert } from '../types';
import { renderAlertItem, type AlertActions, type OpenSections } from './alertItem';
import type { UiContext } from './context';

// At most this many alerts are drawn; the filters narrow down an older or larger set.
const MAX_SHOWN = 200;

/**
 * The live alert list. Items are keyed by alert id and redrawn only when their version (or the
 * language, or a pending action) changes, so focus and open sections survive the live updates.
 */
export class AlertListView {
  private readonly items = new Map<string, { key: string; element: HTMLLIElement }>();
  private readonly open: OpenSections = new Set();
  private readonly busy = new Set<string>();

  constructor(private readonly list: HTMLElement, private readonly actions: AlertActions) {}

  setBusy(id: string, busy: boolean): void {
    if (busy) this.busy.add(id);
    else this.busy.delete(id);
  }

  render(alerts: readonly Alert[], ctx: UiContext): number {
    const shown = alerts.slice(0, MAX_SHOWN);
    const keep = new Set(shown.map((a) => a.id));
    for (const [id, item] of this.items) {
      if (!keep.has(id)) {
        item.element.remove();
        this.items.delete(id);
      }
    }
    let previous: Element | null = null;
    for (const alert of shown) {
      const key = `${alert.version}|${ctx.lang}|${ctx.canRespond}|${this.busy.has(alert.id)}`;
      let item = this.items.get(alert.id);
      if (item === undefined || item.key !== key) {
        const element = renderAlertItem(alert, ctx, this.actions, this.open, this.busy.has(alert.id));
        // Keep keyboard focus where it was: on the same control of the redrawn item, else on the item.
        const hadFocus = item?.element.contains(document.activeElement) === true;
        const control = hadFocus ? (document.activeElement as HTMLElement).dataset.testid : undefined;
        item?.element.replaceWith(element);
        if (hadFocus) {
          const same = control ? element.querySelector<HTMLElement>(`[data-testid="${control}"]:not([disabled])`) : null;
          (same ?? element).focus();
        }
        item = { key, element };
        this.items.set(alert.id, item);
      }
      // Move only what is out of place: re-inserting every node would re-announce the whole list.
      const expectedPosition: Element | null = previous === null ? this.list.firstElementChild : previous.nextElementSibling;
      if (expectedPosition !== item.element) {
        if (previous === null) this.list.prepend(item.element);
        else previous.after(item.element);
      }
      previous = item.element;
    }
    return shown.length;
  }
}
