import type { Language, Translate } from '../i18n';

/** What every view needs to render: the language and whether the user may act on alerts. */
export interface UiContext {
  lang: Language;
  t: Translate;
  canRespond: boolean;
}
