/** Reasons in German; importing this module makes `renderReason(r, 'de')` use it. */
import {
  addRenderer,
  foreign,
  joinList,
  num,
  plural,
  w0,
  type Reason,
  type ReasonId,
  type Render,
} from './reasons';

const q = (s: string): string => `„${s}“`;

const list = (items: readonly string[]): string => joinList(items, ' und ');

/** A plural noun in the dative ("in allen Texten"): -n added unless it ends in -n or -s. */
const dative = (plural: string): string => (/[ns]$/i.test(plural) ? plural : `${plural}n`);

function everyPart(r: Reason): string {
  const w = w0(r);
  if (foreign(r, 'de')) return `ändert ${q(w)} in der ganzen App`;
  // The prompt may have the noun in any case ("alle Texte", "in allen Texten"); the dative reads right
  // from both. "jede/jeden/jedes" would need the noun's gender, so a singular stands after a colon.
  return r.words?.[1] === 'all'
    ? `Änderung an allen ${dative(w)} der App`
    : `ändert überall in der App: ${w}`;
}

function newModule(r: Reason): string {
  const name = w0(r);
  const parts = r.parts ?? [];
  const withParts = parts.length ? ` mit ${list(foreign(r, 'de') ? parts.map(q) : parts)}` : '';
  // The name is quoted: without it German would need an article of the noun's gender.
  return name ? `fügt ${q(name)}${withParts} hinzu` : `fügt der App einen neuen Teil${withParts} hinzu`;
}

const DE: Record<ReasonId, Render> = {
  'every-page': () => 'betrifft jede Seite',
  'whole-app': () => 'gilt für die ganze App',
  'every-part': everyPart,
  everywhere: () => 'gilt überall',
  'spans-app': () => 'erstreckt sich über die ganze App',
  translate: () => 'übersetzt jede Seite',
  rtl: () => 'die Leserichtung des Layouts ändert sich überall',
  rebrand: () => 'ein Rebranding betrifft alles',
  'theme-mode': () => 'ein Theme-Wechsel betrifft jede Seite',
  redesign: () => 'gestaltet eine ganze Seite oder mehr neu',
  restructure: () => 'strukturiert Code über mehrere Dateien um',
  responsive: () => 'neues Layout für jede Bildschirmgröße',
  accessibility: () => 'Barrierefreiheit für die ganze App',
  consistency: () => 'vereinheitlicht viele Stellen',
  theme: () => 'Theme- oder Markenwechsel',
  phones: () => 'baut das Layout für Smartphones um',
  language: () => 'fügt eine Sprache hinzu',
  cleanup: () => 'räumt Code in mehreren Dateien auf',
  'new-module': newModule,
  parts: (r) => {
    const n = r.n ?? 3;
    return (
      plural('de', n, { one: `${num('de', n)} Teil`, other: `${num('de', n)} Teile` }) + ' in einer Anfrage'
    );
  },
  'new-pages': (r) => plural('de', r.n ?? 1, { one: 'neue Seite', other: 'neue Seiten' }),
  entities: () => 'neue Datenentitäten',
  'roles-flow': () => 'ein Ablauf zwischen mehreren Rollen',
  'one-element': () => 'bearbeitet ein einzelnes Element',
  wording: () => 'Textänderung',
  style: (r) =>
    w0(r) === 'wording' ? 'Textänderung' : w0(r) ? `optische Anpassung (${q(w0(r))})` : 'optische Anpassung',
  element: () => 'ein einzelnes Element',
  behaviour: (r) => (w0(r) ? `Verhaltensänderung (${q(w0(r))})` : 'Verhaltensänderung'),
  'bug-fix': () => 'Fehlerbehebung an einer Stelle',
  'adds-element': () => 'fügt ein Element hinzu',
  'no-cues': () => 'keine klaren Hinweise auf den Umfang: als kleines Feature angenommen',
  nothing: () => 'nichts zu senden',
  discuss: () => `Discuss-Modus: ${num('de', 0.3)} pro Nachricht`,
  code: () => 'eingefügter Code wird als Kontext gelesen',
  truncated: () => 'sehr langer Prompt: Anfang und Ende gelesen',
  model: (r) => `manuelles Modell ×${num('de', r.n ?? 1)} (angenommen)`,
  symbols: () => 'nur Code oder Symbole',
  question: () => `eine Frage, nichts zu ändern: im Discuss-Modus würde sie ${num('de', 0.3)} kosten`,
  changes: (r) => {
    const n = r.n ?? 2;
    return (
      plural('de', n, { one: `${num('de', n)} Änderung`, other: `${num('de', n)} Änderungen` }) +
      ' in einem Prompt'
    );
  },
  'language-unknown': () => 'Sprache nicht erkannt: deine üblichen Kosten, mit großer Spanne',
  'language-not-loaded': () =>
    'die Wortliste dieser Sprache ist noch nicht geladen: deine üblichen Kosten, mit großer Spanne',
};

addRenderer('de', DE);
