import { en, type MessageKey } from './en';
import { fr } from './fr';

export type Language = 'en' | 'fr';
export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const dictionaries: Record<Language, Record<MessageKey, string>> = { en, fr };

const STORAGE_KEY = 'reputation.lang';

/** Fills {placeholders}; an unknown placeholder stays visible so a missing value is noticed, not hidden. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Language): Translate {
  const dictionary = dictionaries[lang];
  return (key, params) => format(dictionary[key], params);
}

/** The saved choice wins; otherwise French for a French browser, English for anything else. */
export function pickLanguage(saved: string | null, browserLanguage: string | undefined): Language {
  if (saved === 'en' || saved === 'fr') return saved;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function loadLanguage(): Language {
  return pickLanguage(safeGet(STORAGE_KEY), navigator.language);
}

export function saveLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

export function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Translates an alert history entry's change word ("raised", "escalated to high", "closed: …"). */
export function describeChange(change: string, t: Translate): string {
  const escalated = /^escalated to (low|medium|high|critical)$/.exec(change);
  if (escalated) return t('history.escalated', { severity: t(`severity.${escalated[1]}` as MessageKey) });
  if (change.startsWith('closed: ')) return t('history.closed', { why: change.slice('closed: '.length) });
  switch (change) {
    case 'raised':
    case 'updated':
    case 'reopened':
    case 'acknowledged':
    case 'resolved':
      return t(`history.${change}`);
    default:
      return change;
  }
}
