import { describe, expect, it } from 'vitest';
import { describeChange, dictionaries, format, pickLanguage, translator } from '../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const en = dictionaries.en;
  const fr = dictionaries.fr;

  it('have exactly the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty text', () => {
    for (const [lang, dictionary] of Object.entries(dictionaries)) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('format and translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('translates with parameters', () => {
    expect(translator('fr')('alerts.count', { shown: 2, total: 5 })).toBe('2 sur 5');
    expect(translator('en')('alerts.count', { shown: 2, total: 5 })).toBe('2 of 5');
  });
});

describe('pickLanguage', () => {
  it('prefers the saved choice', () => {
    expect(pickLanguage('en', 'fr-FR')).toBe('en');
    expect(pickLanguage('fr', 'en-US')).toBe('fr');
  });

  it('falls back to the browser language, English by default', () => {
    expect(pickLanguage(null, 'fr-CA')).toBe('fr');
    expect(pickLanguage(null, 'de-DE')).toBe('en');
    expect(pickLanguage('xx', undefined)).toBe('en');
  });
});

describe('describeChange', () => {
  const t = translator('fr');

  it('translates the server history words', () => {
    expect(describeChange('raised', t)).toBe('levée');
    expect(describeChange('escalated to critical', t)).toBe('passée en Critique');
    expect(describeChange('closed: quiet for 30 minutes', t)).toBe('close : quiet for 30 minutes');
  });

  it('shows an unknown change as sent', () => {
    expect(describeChange('merged', t)).toBe('merged');
  });
});

describe('page labels', () => {
  // The pages' fixed labels name their dictionary key in data-i18n; a typo would show an empty label.
  const pages = import.meta.glob<string>('../*.html', { query: '?raw', import: 'default', eager: true });

  it('finds both pages', () => {
    expect(Object.keys(pages).sort()).toEqual(['../index.html', '../login.html']);
  });

  it('name only keys that exist', () => {
    for (const [path, html] of Object.entries(pages)) {
      const keys = [...html.matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]!);
      expect(keys.length, path).toBeGreaterThan(0);
      for (const key of keys) expect(dictionaries.en, `${path}: ${key}`).toHaveProperty([key]);
    }
  });
});
