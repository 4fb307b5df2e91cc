import { safeGet } from '../i18n';

// Display preferences for a wall screen or a laptop, remembered per browser.
export interface DisplayPrefs {
  dark: boolean;
  large: boolean;
}

const KEY = 'reputation.display';

/** `?wall` in the address starts a wall screen in dark theme with large type, with nobody to click. */
export function loadPrefs(): DisplayPrefs {
  if (new URLSearchParams(location.search).has('wall')) return { dark: true, large: true };
  try {
    const saved = JSON.parse(safeGet(KEY) ?? 'null') as Partial<DisplayPrefs> | null;
    return {
      dark: typeof saved?.dark === 'boolean' ? saved.dark : window.matchMedia('(prefers-color-scheme: dark)').matches,
      large: typeof saved?.large === 'boolean' ? saved.large : false,
    };
  } catch {
    return { dark: false, large: false };
  }
}

export function applyPrefs(prefs: DisplayPrefs): void {
  document.documentElement.dataset.theme = prefs.dark ? 'dark' : 'light';
  document.documentElement.classList.toggle('large-type', prefs.large);
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}
