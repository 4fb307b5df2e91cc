import { describe, expect, it } from 'vitest';
import { AlertStore } from '../src/alertStore';
import { alert } from './fixtures';

describe('AlertStore.merge', () => {
  it('adds a new alert', () => {
    const store = new AlertStore();
    expect(store.merge(alert())).toBe(true);
    expect(store.get('a-1')?.version).toBe(1);
  });

  it('replaces an alert with a higher version', () => {
    const store = new AlertStore();
    store.merge(alert());
    expect(store.merge(alert({ version: 2, status: 'acknowledged', acknowledgedBy: 'ops' }))).toBe(true);
    expect(store.get('a-1')?.status).toBe('acknowledged');
  });

  it('ignores the same version arriving twice and an older version arriving late', () => {
    const store = new AlertStore();
    store.merge(alert({ version: 3, severity: 'critical' }));
    expect(store.merge(alert({ version: 3, severity: 'critical' }))).toBe(false);
    expect(store.merge(alert({ version: 2, severity: 'medium' }))).toBe(false);
    expect(store.get('a-1')?.severity).toBe('critical');
    expect(store.size).toBe(1);
  });
});

describe('AlertStore.mergeChanges', () => {
  it('returns only the alerts that changed and advances the stamp', () => {
    const store = new AlertStore();
    store.mergeChanges(10, [alert({ id: 'a-1', version: 2 })]);
    const changed = store.mergeChanges(15, [alert({ id: 'a-1', version: 2 }), alert({ id: 'a-2' })]);
    expect(changed.map((a) => a.id)).toEqual(['a-2']);
    expect(store.stamp).toBe(15);
  });

  it('never moves the stamp back when an older answer arrives late', () => {
    const store = new AlertStore();
    store.mergeChanges(20, []);
    store.mergeChanges(12, []);
    expect(store.stamp).toBe(20);
  });
});

describe('AlertStore.list', () => {
  it('lists the most recently updated first', () => {
    const store = new AlertStore();
    store.merge(alert({ id: 'old', updatedAt: '2026-11-24T09:00:00Z' }));
    store.merge(alert({ id: 'new', updatedAt: '2026-11-24T11:00:00Z' }));
    store.merge(alert({ id: 'mid', updatedAt: '2026-11-24T10:00:00Z' }));
    expect(store.list().map((a) => a.id)).toEqual(['new', 'mid', 'old']);
  });
});
