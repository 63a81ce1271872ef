/** Reasons in French; importing this module makes `renderReason(r, 'fr')` use it. */
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

// No-break spaces keep French punctuation with its word: « mot », « : ».
const NB = '\u00a0';
const q = (s: string): string => `«${NB}${s}${NB}»`;

const list = (items: readonly string[]): string => joinList(items, ' et ');

/** A recognised cue word: quoted; a French one set in lower case unless it is an acronym. */
function cue(r: Reason): string {
  const w = w0(r);
  return q(!foreign(r, 'fr') && /^\p{Lu}\p{Ll}/u.test(w) ? w[0]!.toLowerCase() + w.slice(1) : w);
}

function everyPart(r: Reason): string {
  const w = w0(r);
  // "les" and "chaque" take no gender; anything else is quoted and placed with "dans toute l’app".
  if (!foreign(r, 'fr')) {
    if (/[sx]$/i.test(w)) return `modifie les ${w} dans toute l’app`;
    if (r.words?.[1] !== 'all') return `modifie chaque ${w} de l’app`;
  }
  return `modifie ${q(w)} dans toute l’app`;
}

function newModule(r: Reason): string {
  const name = w0(r);
  // The name is quoted: French would need an article whose gender we cannot know.
  const head = name ? `ajoute ${q(name)}` : 'ajoute une nouvelle partie à l’app';
  const parts = r.parts ?? [];
  if (parts.length === 0) return head;
  return `${head} avec ${list(foreign(r, 'fr') ? parts.map(q) : parts)}`;
}

const FR: Record<ReasonId, Render> = {
  'every-page': () => 'touche toutes les pages',
  'whole-app': () => 's’applique à toute l’app',
  'every-part': everyPart,
  everywhere: () => 's’applique partout',
  'spans-app': () => 'couvre toute l’app',
  translate: () => 'traduit toutes les pages',
  rtl: () => 'le sens de la mise en page change partout',
  rebrand: () => 'un changement d’identité visuelle touche tout',
  'theme-mode': () => 'un changement de thème touche toutes les pages',
  redesign: () => 'refait le design d’une page entière ou plus',
  restructure: () => 'restructure le code sur plusieurs fichiers',
  responsive: () => 'nouvelle mise en page pour chaque taille d’écran',
  accessibility: () => 'passe d’accessibilité sur toute l’app',
  consistency: () => 'harmonisation à de nombreux endroits',
  theme: () => 'changement de thème ou d’identité visuelle',
  phones: () => 'refait la mise en page pour les téléphones',
  language: () => 'ajoute une langue',
  cleanup: () => 'nettoyage du code sur plusieurs fichiers',
  'new-module': newModule,
  parts: (r) => {
    const n = r.n ?? 3;
    return (
      plural('fr', n, { one: `${num('fr', n)} partie`, other: `${num('fr', n)} parties` }) +
      ' dans une seule demande'
    );
  },
  'new-pages': (r) => plural('fr', r.n ?? 1, { one: 'nouvelle page', other: 'nouvelles pages' }),
  entities: () => 'nouvelles entités de données',
  'roles-flow': () => 'un parcours entre plusieurs rôles',
  'one-element': () => 'modifie un seul élément',
  wording: () => 'changement de texte',
  style: (r) =>
    w0(r) === 'wording'
      ? 'changement de texte'
      : w0(r)
        ? `retouche visuelle (${cue(r)})`
        : 'retouche visuelle',
  element: () => 'un seul élément',
  behaviour: (r) => (w0(r) ? `changement de comportement (${cue(r)})` : 'changement de comportement'),
  'bug-fix': () => 'correction de bug à un seul endroit',
  'adds-element': () => 'ajoute un élément',
  'no-cues': () => `pas d’indice clair sur la taille${NB}: on suppose une petite fonctionnalité`,
  nothing: () => 'rien à envoyer',
  discuss: () => `mode Discuss${NB}: ${num('fr', 0.3)} par message`,
  code: () => 'code collé lu comme contexte',
  truncated: () => `prompt très long${NB}: lu au début et à la fin`,
  model: (r) => `modèle manuel ×${num('fr', r.n ?? 1)} (supposé)`,
  symbols: () => 'uniquement du code ou des symboles',
  question: () => `une question, rien à modifier${NB}: en mode Discuss, elle coûterait ${num('fr', 0.3)}`,
  changes: (r) => {
    const n = r.n ?? 2;
    return (
      plural('fr', n, { one: `${num('fr', n)} modification`, other: `${num('fr', n)} modifications` }) +
      ' dans un seul prompt'
    );
  },
  'language-unknown': () => `langue non reconnue${NB}: votre coût habituel, avec une large fourchette`,
  'language-not-loaded': () =>
    `la liste de mots de cette langue n’est pas encore chargée${NB}: votre coût habituel, avec une large fourchette`,
};

addRenderer('fr', FR);
