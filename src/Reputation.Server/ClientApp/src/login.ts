import './styles.css';
import { loadLanguage, saveLanguage, translator, type Language, type MessageKey, type Params } from './i18n';
import { byId } from './ui/dom';
import { applyPrefs, loadPrefs } from './ui/prefs';
import { applyStaticText } from './ui/staticText';

applyPrefs(loadPrefs());

const form = byId<HTMLFormElement>('login-form');
const keyInput = byId<HTMLInputElement>('login-key');
const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
const error = byId<HTMLParagraphElement>('login-error');
const langToggle = byId<HTMLButtonElement>('lang-toggle');

let lang: Language = loadLanguage();
let shownError: { key: MessageKey; params?: Params } | null = new URLSearchParams(location.search).has('failed')
  ? { key: 'login.failed' }
  : null;

function render(): void {
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.title = t('login.title');
  applyStaticText(document, t);
  langToggle.textContent = t('header.language');
  langToggle.setAttribute('aria-label', t('header.languageLabel'));
  error.hidden = shownError === null;
  error.textContent = shownError === null ? '' : t(shownError.key, shownError.params);
}

langToggle.addEventListener('click', () => {
  lang = lang === 'en' ? 'fr' : 'en';
  saveLanguage(lang);
  render();
});

// With script, sign in through JSON so a wrong key shows an error in place instead of a reload.
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  submit.disabled = true;
  try {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ key: keyInput.value }),
    });
    if (response.ok) {
      location.assign('/');
      return;
    }
    shownError = response.status === 401 ? { key: 'login.failed' } : { key: 'login.error', params: { error: `HTTP ${response.status}` } };
  } catch (failure) {
    shownError = { key: 'login.error', params: { error: failure instanceof Error ? failure.message : String(failure) } };
  } finally {
    submit.disabled = false;
  }
  render();
  keyInput.select();
});

render();
keyInput.focus();
