/** Reasons in Spanish; importing this module makes `renderReason(r, 'es')` use it. */
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

const q = (s: string): string => `«${s}»`;

/** A word the person wrote, quoted when it is not Spanish; cue words are always quoted (they are named, not used). */
const named = (r: Reason, s: string): string => (foreign(r, 'es') ? q(s) : s);

/** "y" becomes "e" before an "i" sound: "tablas e imágenes". */
function list(items: readonly string[]): string {
  const last = items[items.length - 1] ?? '';
  return joinList(items, /^h?[ií](?![aeoáéó])/i.test(last) ? ' e ' : ' y ');
}

/**
 * "todas las tablas", "todos los botones": a noun's gender from its ending. Nouns in -a are
 * feminine but for a few listed ones (tema, sistema, programa, día…); -ción, -dad, -tud, -umbre and
 * -gen are feminine; a few common feminines in -e are listed. Others are masculine.
 */
function feminine(noun: string): boolean {
  const w = noun.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  // A plural drops "s" after a vowel (fuentes) and "es" after a consonant (botones): try both.
  return [w, w.replace(/s$/, ''), w.replace(/es$/, '')].some(
    (s) =>
      (/a$/.test(s) &&
        !/^(tema|sistema|problema|esquema|programa|idioma|clima|dilema|diploma|mapa|dia|planeta)$/.test(s)) ||
      /(cion|sion|dad|tud|umbre|gen)$/.test(s) ||
      /^(fuente|parte|clave|red|noche|tarde|calle|llave|app)$/.test(s),
  );
}

/** A recognised cue word: quoted; a Spanish one set in lower case unless it is an acronym. */
function cue(r: Reason): string {
  const w = w0(r);
  return q(!foreign(r, 'es') && /^\p{Lu}\p{Ll}/u.test(w) ? w[0]!.toLowerCase() + w.slice(1) : w);
}

function everyPart(r: Reason): string {
  const w = w0(r);
  if (foreign(r, 'es')) return `cambia ${q(w)} en toda la app`;
  const f = feminine(w);
  // A plural takes "todos los"; a singular "cada" after "cada"/"every", else "todo el" ("todo el texto").
  if (/s$/i.test(w)) return `cambia ${f ? 'todas las' : 'todos los'} ${w} de la app`;
  if (r.words?.[1] === 'all') return `cambia ${f ? 'toda la' : 'todo el'} ${w} de la app`;
  return `cambia cada ${w} de la app`;
}

/** "un sistema de reservas", "una tienda online", "un CRM"; a plural head ("eventos con…") takes none. */
function withArticle(name: string): string {
  const head = name.split(/\s/)[0] ?? '';
  if (/^\p{Lu}{2,}$/u.test(head)) return `un ${name}`;
  if (/s$/i.test(head)) return name;
  return `${feminine(head) ? 'una' : 'un'} ${name}`;
}

function newModule(r: Reason): string {
  const name = w0(r);
  const head = name
    ? `añade ${foreign(r, 'es') ? q(name) : withArticle(name)}`
    : 'añade una parte nueva a la app';
  const parts = r.parts ?? [];
  return parts.length ? `${head} con ${list(parts.map((p) => named(r, p)))}` : head;
}

const ES: Record<ReasonId, Render> = {
  'every-page': () => 'afecta a todas las páginas',
  'whole-app': () => 'se aplica a toda la app',
  'every-part': everyPart,
  everywhere: () => 'se aplica en todas partes',
  'spans-app': () => 'abarca toda la app',
  translate: () => 'traduce todas las páginas',
  rtl: () => 'cambia la dirección del diseño en todas partes',
  rebrand: () => 'un cambio de marca lo toca todo',
  'theme-mode': () => 'un cambio de tema afecta a todas las páginas',
  redesign: () => 'rediseña una página entera o más',
  restructure: () => 'reorganiza código en varios archivos',
  responsive: () => 'diseño nuevo para cada tamaño de pantalla',
  accessibility: () => 'repaso de accesibilidad de toda la app',
  consistency: () => 'repaso de coherencia en muchos sitios',
  theme: () => 'cambio de tema o de marca',
  phones: () => 'rehace el diseño para móviles',
  language: () => 'añade un idioma',
  cleanup: () => 'limpieza de código en varios archivos',
  'new-module': newModule,
  parts: (r) => {
    const n = r.n ?? 3;
    return (
      plural('es', n, { one: `${num('es', n)} parte`, other: `${num('es', n)} partes` }) +
      ' en una sola petición'
    );
  },
  'new-pages': (r) => plural('es', r.n ?? 1, { one: 'página nueva', other: 'páginas nuevas' }),
  entities: () => 'entidades de datos nuevas',
  'roles-flow': () => 'un flujo entre varios roles',
  'one-element': () => 'edita un solo elemento',
  wording: () => 'cambio de texto',
  style: (r) =>
    w0(r) === 'wording' ? 'cambio de texto' : w0(r) ? `ajuste visual (${cue(r)})` : 'ajuste visual',
  element: () => 'un solo elemento',
  behaviour: (r) => (w0(r) ? `cambio de comportamiento (${cue(r)})` : 'cambio de comportamiento'),
  'bug-fix': () => 'corrige un error en un solo sitio',
  'adds-element': () => 'añade un elemento',
  'no-cues': () => 'sin pistas claras del tamaño: se supone una función pequeña',
  nothing: () => 'nada que enviar',
  discuss: () => `modo Discuss: ${num('es', 0.3)} por mensaje`,
  code: () => 'el código pegado se lee como contexto',
  truncated: () => 'prompt muy largo: se leen el principio y el final',
  model: (r) => `modelo manual ×${num('es', r.n ?? 1)} (supuesto)`,
  symbols: () => 'solo código o símbolos',
  question: () => `una pregunta, nada que cambiar: en modo Discuss costaría ${num('es', 0.3)}`,
  changes: (r) => {
    const n = r.n ?? 2;
    return (
      plural('es', n, { one: `${num('es', n)} cambio`, other: `${num('es', n)} cambios` }) +
      ' en un solo prompt'
    );
  },
  'language-unknown': () => 'idioma no reconocido: tu coste habitual, con un margen amplio',
  'language-not-loaded': () =>
    'la lista de palabras de este idioma aún no se ha cargado: tu coste habitual, con un margen amplio',
};

addRenderer('es', ES);
