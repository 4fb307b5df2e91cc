import type { Alert } from './types';

/**
 * Alerts keyed by id. The same update can arrive twice (brand group and all-alerts group, or a
 * hub event and a catch-up), and out of order, so the copy with the highest version wins.
 */
export class AlertStore {
  private readonly byId = new Map<string, Alert>();
  private stampValue = 0;

  /** The alert index's change stamp the page has seen; sent to CatchUp after a reconnect. */
  get stamp(): number {
    return this.stampValue;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Alert | undefined {
    return this.byId.get(id);
  }

  /** Keeps the alert if it is new or newer than the held copy; returns whether anything changed. */
  merge(alert: Alert): boolean {
    const held = this.byId.get(alert.id);
    if (held !== undefined && held.version >= alert.version) {
      return false;
    }
    this.byId.set(alert.id, alert);
    return true;
  }

  /** Merges a change set (first load or catch-up); returns the alerts that were new or newer. */
  mergeChanges(stamp: number, alerts: readonly Alert[]): Alert[] {
    const changed = alerts.filter((a) => this.merge(a));
    // A stamp never goes back: a late answer to an older request must not make the next catch-up replay.
    this.stampValue = Math.max(this.stampValue, stamp);
    return changed;
  }

  /** All alerts, most recently updated first (the server's order for GET /api/alerts). */
  list(): Alert[] {
    return [...this.byId.values()].sort(compareNewestUpdateFirst);
  }
}

export function compareNewestUpdateFirst(a: Alert, b: Alert): number {
  const diff = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  return diff !== 0 ? diff : a.id.localeCompare(b.id);
}
