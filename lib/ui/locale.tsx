/**
 * The language of an extension page: the options' choice, else the browser's. Sets `lang` and
 * `dir` on <html> (so Hebrew pages lay out right to left) and hands `t` to the components.
 */
import {
  createContext,
  Fragment,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { extensionLocale } from '../i18n/browser-locale';
import { dirOf, matchLocale, type Locale } from '../i18n/locales';
import { isolate, pickForm } from '../i18n/translate';
import { loadUiCatalogue } from '../i18n/ui-load';
import { hasUiCatalogue, uiCatalogue, uiT, type UiKey, type UiT } from '../i18n/ui-messages';
import { settingsItem } from '../settings/items';

export interface LocaleValue {
  locale: Locale;
  /** The tag for `Intl` formats: the browser's own (en-GB, pt-BR) when it is this language. */
  intl: string;
  dir: 'ltr' | 'rtl';
  t: UiT;
  /** Like `t`, with React nodes (a <time>, a <strong>) set into the sentence. */
  tx: (key: UiKey, nodes: Record<string, ReactNode>) => ReactNode[];
}

/** "en-GB" when the browser says so and the page is in English; else the bare language. */
function intlTag(locale: Locale, browserTag: string | undefined): string {
  return browserTag && matchLocale(browserTag) === locale ? browserTag : locale;
}

export function localeValue(locale: Locale, browserTag?: string): LocaleValue {
  const t = uiT(locale);
  const tx = (key: UiKey, nodes: Record<string, ReactNode>): ReactNode[] => {
    const template = pickForm(uiCatalogue(locale)[key] ?? uiCatalogue('en')[key], locale);
    return template.split(/(\{\w+\})/).map((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined || !(name in nodes)) return part;
      const node = nodes[name];
      // Strings get the same isolation `t` gives them; elements are isolated by <bdi>.
      if (typeof node === 'string') return isolate(locale, node);
      return dirOf(locale) === 'rtl' ? <bdi key={i}>{node}</bdi> : <Fragment key={i}>{node}</Fragment>;
    });
  };
  return { locale, intl: intlTag(locale, browserTag), dir: dirOf(locale), t, tx };
}

const LocaleContext = createContext<LocaleValue>(localeValue('en'));

export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}

/** `titleKey`: the tab's title, in the page's language. */
export function LocaleProvider({ children, titleKey }: { children: ReactNode; titleKey?: UiKey }) {
  // First render in the browser's language, so a Hebrew page never flashes left to right.
  const [wanted, setWanted] = useState<Locale>(() => extensionLocale('auto'));
  // The language shown: the wanted one once its words are loaded (English needs no load; another
  // language's first paint waits for its catalogue rather than flashing English).
  const [locale, setLocale] = useState<Locale | null>(() => (hasUiCatalogue(wanted) ? wanted : null));
  useEffect(() => {
    void settingsItem.getValue().then((s) => setWanted(extensionLocale(s.uiLanguage)));
    return settingsItem.watch((s) => setWanted(extensionLocale(s?.uiLanguage)));
  }, []);
  useEffect(() => {
    let live = true;
    void loadUiCatalogue(wanted).then(() => live && setLocale(wanted));
    return () => {
      live = false;
    };
  }, [wanted]);
  useLayoutEffect(() => {
    if (locale === null) return;
    const html = document.documentElement;
    html.lang = locale;
    html.dir = dirOf(locale);
    if (titleKey) document.title = uiT(locale)(titleKey);
  }, [locale, titleKey]);
  const value = useMemo(
    () => (locale === null ? null : localeValue(locale, globalThis.navigator?.language)),
    [locale],
  );
  if (value === null) return null;
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
