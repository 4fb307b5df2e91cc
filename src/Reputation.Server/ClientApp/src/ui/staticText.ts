import type { MessageKey, Translate } from '../i18n';

/** Fills the page's fixed labels (elements marked data-i18n) in the current language. */
export function applyStaticText(root: ParentNode, t: Translate): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
}
