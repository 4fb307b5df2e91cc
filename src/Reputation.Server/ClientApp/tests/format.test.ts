import { describe, expect, it } from 'vitest';
import { formatPercent, formatTime, safeUrl } from '../src/format';

describe('safeUrl', () => {
  it('keeps http and https links', () => {
    expect(safeUrl('https://twitter.com/x/status/1')).toBe('https://twitter.com/x/status/1');
    expect(safeUrl('http://example.org/a')).toBe('http://example.org/a');
  });

  it('drops script, data and malformed links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });
});

describe('formatTime', () => {
  it('shows only the time for today and adds the date otherwise', () => {
    // Built in local time so the test holds in every time zone.
    const now = new Date(2026, 10, 24, 12, 0, 0);
    const today = formatTime(new Date(2026, 10, 24, 10, 5, 0).toISOString(), 'en', now);
    const earlier = formatTime(new Date(2026, 10, 20, 10, 5, 0).toISOString(), 'en', now);
    expect(today).toMatch(/\d{2}:05:00/);
    expect(earlier).toMatch(/20/);
    expect(earlier).toMatch(/Nov/);
  });

  it('returns empty text for a missing time', () => {
    expect(formatTime(null, 'fr')).toBe('');
  });
});

describe('formatPercent', () => {
  it('uses each language convention', () => {
    expect(formatPercent(0.25, 'en')).toBe('25%');
    expect(formatPercent(0.25, 'fr')).toMatch(/^25\s%$/u);
  });
});
