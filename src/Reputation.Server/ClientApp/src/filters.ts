import type { Alert, AlertStatus, AlertType, Severity } from './types';
import { ALERT_STATUSES, ALERT_TYPES, SEVERITIES } from './types';

/** The alert list's filters; an empty string means "any". */
export interface AlertFilter {
  brand: string;
  type: AlertType | '';
  severity: Severity | '';
  status: AlertStatus | '';
}

/** The server's brand id pattern (BrandId.Pattern). */
export const BRAND_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const NO_FILTER: AlertFilter = { brand: '', type: '', severity: '', status: '' };

export function matchesFilter(alert: Alert, filter: AlertFilter): boolean {
  return (
    (filter.brand === '' || alert.brand === filter.brand) &&
    (filter.type === '' || alert.type === filter.type) &&
    (filter.severity === '' || alert.severity === filter.severity) &&
    (filter.status === '' || alert.status === filter.status)
  );
}

export function applyFilter(alerts: readonly Alert[], filter: AlertFilter): Alert[] {
  return alerts.filter((a) => matchesFilter(a, filter));
}

/** Reads a filter from untrusted text (URL query or saved state): unknown values become "any". */
export function parseFilter(values: Partial<Record<keyof AlertFilter, string | null>>): AlertFilter {
  const pick = <T extends string>(value: string | null | undefined, allowed: readonly T[]): T | '' =>
    value != null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
  const brand = values.brand ?? '';
  return {
    brand: BRAND_ID.test(brand) ? brand : '',
    type: pick(values.type, ALERT_TYPES),
    severity: pick(values.severity, SEVERITIES),
    status: pick(values.status, ALERT_STATUSES),
  };
}

/**
 * Critical alerts that deserve a sound and a notification: open and critical now, and not already
 * so in the copy the page held (new, escalated, or reopened), so repeats and updates stay quiet.
 */
export function needsAttention(alert: Alert, previous: Alert | undefined): boolean {
  const isLoud = (a: Alert | undefined) => a?.severity === 'critical' && a.status === 'open';
  return isLoud(alert) && !isLoud(previous);
}
