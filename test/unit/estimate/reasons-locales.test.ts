import { describe, expect, it } from 'vitest';
import { estimate } from '../../../lib/estimate/estimate';
import { renderReason, renderReasons, type Reason, type ReasonId } from '../../../lib/estimate/reasons';
import '../../../lib/estimate/reasons-de';
import '../../../lib/estimate/reasons-es';
import '../../../lib/estimate/reasons-fr';
import '../../../lib/estimate/reasons-ja';
import '../../../lib/estimate/reasons-pt';

const LOCALES = ['es', 'pt', 'fr', 'de', 'ja'] as const;
type L = (typeof LOCALES)[number];

// Every id once; the type makes a new ReasonId fail here until it is listed.
const IDS = Object.keys({
  'every-page': 1,
  'whole-app': 1,
  'every-part': 1,
  everywhere: 1,
  'spans-app': 1,
  translate: 1,
  rtl: 1,
  rebrand: 1,
  'theme-mode': 1,
  redesign: 1,
  restructure: 1,
  responsive: 1,
  accessibility: 1,
  consistency: 1,
  theme: 1,
  phones: 1,
  language: 1,
  cleanup: 1,
  'new-module': 1,
  parts: 1,
  'new-pages': 1,
  entities: 1,
  'roles-flow': 1,
  'one-element': 1,
  wording: 1,
  style: 1,
  element: 1,
  behaviour: 1,
  'bug-fix': 1,
  'adds-element': 1,
  'no-cues': 1,
  nothing: 1,
  discuss: 1,
  code: 1,
  truncated: 1,
  model: 1,
  symbols: 1,
  question: 1,
  changes: 1,
  'language-unknown': 1,
  'language-not-loaded': 1,
} satisfies Record<ReasonId, 1>) as ReasonId[];

/** The fields each id can carry, filled in as the estimator fills them. */
function sample(id: ReasonId, words: string[], lang?: string): Reason {
  switch (id) {
    case 'every-part':
      return { id, words: [words[0]!, 'all'], lang };
    case 'new-module':
      return { id, words: [words[0]!], parts: words.slice(1), lang };
    case 'style':
    case 'behaviour':
      return { id, words: [words[0]!], lang };
    case 'parts':
    case 'changes':
    case 'new-pages':
      return { id, n: 3 };
    case 'model':
      return { id, n: 1.5 };
    default:
      return { id };
  }
}

/** Words the way a prompt in each language brings them. */
const NATIVE: Record<L, string[]> = {
  es: ['tablas', 'formulario', 'panel de administración'],
  pt: ['tabelas', 'formulário', 'painel de administração'],
  fr: ['tableaux', 'formulaire', 'page d’administration'],
  de: ['Tabellen', 'Formular', 'Admin-Seite'],
  ja: ['テーブル', 'フォーム', '管理ページ'],
};

/** How each language quotes a word it names. */
const QUOTE: Record<L, (s: string) => string> = {
  es: (s) => `«${s}»`,
  pt: (s) => `“${s}”`,
  fr: (s) => `«\u00a0${s}\u00a0»`,
  de: (s) => `„${s}“`,
  ja: (s) => `「${s}」`,
};

describe.each(LOCALES)('reasons in %s', (locale) => {
  const cases: [ReasonId, Reason][] = IDS.flatMap((id) => [
    [id, sample(id, NATIVE[locale], locale)],
    [id, sample(id, ['buttons', 'form', 'admin page'])],
  ]);

  it.each(cases)('%s reads as written words, in its own language', (id, reason) => {
    const text = renderReason(reason, locale);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/undefined|NaN|null|\$\{|\{\w+\}|\(\)|«\s*»|“”|„“|「」/);
    // Translated: not the English wording (the words from the prompt aside).
    expect(text).not.toBe(renderReason(reason, 'en'));
  });

  it('gives every id its own wording', () => {
    const texts = IDS.map((id) => renderReason(sample(id, NATIVE[locale], locale), locale));
    expect(new Set(texts).size).toBeGreaterThanOrEqual(IDS.length - 1); // 'wording' and a 'style' of wording may agree
  });

  it('quotes words recognised in another language', () => {
    const q = QUOTE[locale];
    expect(renderReason({ id: 'style', words: ['colour'] }, locale)).toContain(q('colour'));
    expect(renderReason({ id: 'behaviour', words: ['when'] }, locale)).toContain(q('when'));
    expect(renderReason({ id: 'every-part', words: ['buttons', 'all'] }, locale)).toContain(q('buttons'));
    const module = renderReason(
      { id: 'new-module', words: ['booking system'], parts: ['form', 'admin page'] },
      locale,
    );
    for (const w of ['booking system', 'form', 'admin page']) expect(module).toContain(q(w));
    // The estimate's language stands in when the reason does not carry one.
    expect(renderReason({ id: 'style', words: ['Farbe'] }, locale, 'de')).toContain(
      locale === 'de' ? 'Farbe' : q('Farbe'),
    );
  });

  it('names a module and its parts with the language’s "and"', () => {
    const [, a, b] = NATIVE[locale];
    const and = { es: ' y ', pt: ' e ', fr: ' et ', de: ' und ', ja: 'と' }[locale];
    const text = renderReason({ id: 'new-module', words: ['X'], parts: [a!, 'Y', b!], lang: locale }, locale);
    expect(text).toContain(`Y${and}${b!}`);
    expect(text).not.toContain(` and `);
  });

  it.each([1, 2, 3, 5, 21, 100])('counts %d by the language’s plural rules', (n) => {
    const category = new Intl.PluralRules(locale).select(n);
    const digits = new Intl.NumberFormat(locale).format(n);
    for (const id of ['changes', 'parts'] as const) {
      const text = renderReason({ id, n }, locale);
      expect(text).toContain(digits);
      if (locale === 'ja') continue; // no plural forms: the count says it
      const singular = {
        es: / (parte|cambio) /,
        pt: / (parte|mudança) /,
        fr: / (partie|modification) /,
        de: / (Teil|Änderung) /,
      };
      expect(singular[locale].test(text), text).toBe(category === 'one');
    }
  });

  it('writes factors and prices in the language’s digits', () => {
    const point = new Intl.NumberFormat(locale).format(1.5);
    expect(renderReason({ id: 'model', n: 1.5 }, locale)).toContain(`×${point}`);
    const fraction = new Intl.NumberFormat(locale).format(0.3);
    expect(renderReason({ id: 'discuss' }, locale)).toContain(fraction);
    expect(renderReason({ id: 'question' }, locale)).toContain(fraction);
  });

  it('a new page and new pages', () => {
    const one = renderReason({ id: 'new-pages', n: 1 }, locale);
    const two = renderReason({ id: 'new-pages', n: 2 }, locale);
    if (locale === 'ja') expect(one).toBe(two);
    else expect(one).not.toBe(two);
  });
});

describe('grammar', () => {
  it.each<[Reason, L, string]>([
    [{ id: 'every-part', words: ['tablas', 'all'], lang: 'es' }, 'es', 'cambia todas las tablas de la app'],
    [{ id: 'every-part', words: ['botones', 'all'], lang: 'es' }, 'es', 'cambia todos los botones de la app'],
    [
      { id: 'every-part', words: ['imágenes', 'all'], lang: 'es' },
      'es',
      'cambia todas las imágenes de la app',
    ],
    [{ id: 'every-part', words: ['botón', 'every'], lang: 'es' }, 'es', 'cambia cada botón de la app'],
    [{ id: 'every-part', words: ['texto', 'all'], lang: 'es' }, 'es', 'cambia todo el texto de la app'],
    [{ id: 'every-part', words: ['botões', 'all'], lang: 'pt' }, 'pt', 'altera todos os botões do app'],
    [{ id: 'every-part', words: ['telas', 'all'], lang: 'pt' }, 'pt', 'altera todas as telas do app'],
    [{ id: 'every-part', words: ['imagens', 'all'], lang: 'pt' }, 'pt', 'altera todas as imagens do app'],
    [{ id: 'every-part', words: ['alertas', 'all'], lang: 'pt' }, 'pt', 'altera todos os alertas do app'],
    [{ id: 'every-part', words: ['textes', 'all'], lang: 'fr' }, 'fr', 'modifie les textes dans toute l’app'],
    [{ id: 'every-part', words: ['bouton', 'every'], lang: 'fr' }, 'fr', 'modifie chaque bouton de l’app'],
    [{ id: 'every-part', words: ['Texten', 'all'], lang: 'de' }, 'de', 'Änderung an allen Texten der App'],
    [
      { id: 'every-part', words: ['Formulare', 'all'], lang: 'de' },
      'de',
      'Änderung an allen Formularen der App',
    ],
    [{ id: 'every-part', words: ['ボタン', 'all'], lang: 'ja' }, 'ja', 'アプリ内のすべてのボタンを変更'],
    [{ id: 'new-module', words: ['tienda online'], lang: 'es' }, 'es', 'añade una tienda online'],
    [
      { id: 'new-module', words: ['plataforma de cursos'], lang: 'es' },
      'es',
      'añade una plataforma de cursos',
    ],
    [{ id: 'new-module', words: ['programa de puntos'], lang: 'es' }, 'es', 'añade un programa de puntos'],
    [{ id: 'new-module', words: ['CRM'], lang: 'es' }, 'es', 'añade un CRM'],
    [{ id: 'new-module', words: ['loja virtual'], lang: 'pt' }, 'pt', 'adiciona uma loja virtual'],
    [
      { id: 'new-module', words: ['sistema de agendamento'], lang: 'pt' },
      'pt',
      'adiciona um sistema de agendamento',
    ],
    [
      { id: 'new-module', words: ['blog'], parts: ['tablas', 'imágenes'], lang: 'es' },
      'es',
      'añade un blog con tablas e imágenes',
    ],
    [
      { id: 'new-module', words: ['Buchungssystem'], parts: ['Formular', 'Kalender'], lang: 'de' },
      'de',
      'fügt „Buchungssystem“ mit Formular und Kalender hinzu',
    ],
    [{ id: 'style', words: ['Centra'], lang: 'es' }, 'es', 'ajuste visual («centra»)'],
    [{ id: 'style', words: ['CTA'], lang: 'es' }, 'es', 'ajuste visual («CTA»)'],
    [{ id: 'style', words: [''], lang: 'es' }, 'es', 'ajuste visual'],
  ])('%j in %s', (reason, locale, text) => {
    expect(renderReason(reason, locale)).toBe(text);
  });

  it('Japanese has no spaces between words', () => {
    for (const id of IDS) {
      const text = renderReason(sample(id, NATIVE.ja, 'ja'), 'ja');
      expect(text, id).not.toMatch(/\s/);
    }
  });

  it('French keeps its punctuation with the word before it', () => {
    for (const id of IDS)
      expect(renderReason(sample(id, NATIVE.fr, 'fr'), 'fr'), id).not.toMatch(/ [:;»]|« /);
  });
});

describe('real estimates, rendered in the language they were written in', () => {
  it.each<[string, L, string]>([
    [
      'Añade un sistema de reservas con formulario, entidades de datos y página de administración',
      'es',
      'añade un sistema de reservas con formulario, entidades de datos y página de administración',
    ],
    ['Traduce toda la aplicación al inglés', 'es', 'traduce todas las páginas'],
    ['Cambia el color del botón a rojo', 'es', 'ajuste visual («color»)'],
    ['Cambia todas las tablas de la app', 'es', 'cambia todas las tablas de la app'],
    [
      'Adicione um sistema de agendamento com formulário e painel de administração',
      'pt',
      'adiciona um sistema de agendamento com formulário e painel de administração',
    ],
    ['Altere todos os botões do app', 'pt', 'altera todos os botões do app'],
    [
      'Ajoute un filtre par statut à la liste des tâches',
      'fr',
      'changement de comportement («\u00a0filtre\u00a0»)',
    ],
    [
      'Ajoute un système de réservation avec formulaire, entités de données et page d’administration',
      'fr',
      'ajoute «\u00a0système de réservation\u00a0» avec formulaire, entités de données et page d’administration',
    ],
    [
      'Erstelle ein Buchungssystem mit Formular, Datenentitäten und Admin-Seite',
      'de',
      'fügt „Buchungssystem“ mit Formular, Datenentitäten und Admin-Seite hinzu',
    ],
    ['Füge der gesamten App einen Dark Mode hinzu', 'de', 'gilt für die ganze App'],
    ['ボタンの色を赤に変更して', 'ja', '見た目の調整（「色」）'],
    ['予約システムを追加して', 'ja', '予約システムを追加'],
    ['すべてのテーブルを変更して', 'ja', 'アプリ内のすべてのテーブルを変更'],
  ])('%s', (text, locale, reason) => {
    const e = estimate(text);
    expect(e.language).toBe(locale);
    expect(renderReasons(e.why ?? [], locale, e.language)).toContain(reason);
  });

  it('an English prompt in another interface quotes what it recognised', () => {
    const e = estimate('Add a booking system with a form, data entities and an admin page');
    expect(renderReasons(e.why ?? [], 'es', e.language)[0]).toBe(
      'añade «booking system» con «form», «data entities» y «admin page»',
    );
    expect(renderReasons(e.why ?? [], 'ja', e.language)[0]).toBe(
      '「form」、「data entities」と「admin page」を備えた「booking system」を追加',
    );
  });
});
