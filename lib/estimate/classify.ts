import { BASE, F, FEAT, FLAGS, G, GBITS, KIND, KINDS, SIMP, WORDS, X, XBITS } from './lexicon';
import type { Prepared } from './prepare';
import type { Reason, ReasonId } from './reasons';
import type { BuildScope } from './rubric';

export interface Classification {
  scope: BuildScope;
  /** The next most likely scope, used to widen the range when unsure. */
  runnerUp: BuildScope;
  confidence: number;
  reasons: Reason[];
}

/** Evidence needed before a prompt counts as app-wide or as a new module. */
const BROAD_AT = 3;
const MODULE_AT = 3;

/** The token range being classified; reads outside it see no flags. */
interface Span {
  ids: Int32Array;
  start: number;
  end: number;
}

// Plain functions, not closures made per call: classify runs on every keystroke.
function fl(r: Span, i: number): number {
  return i >= r.start && i < r.end ? FLAGS[r.ids[i]!]! : 0;
}

function gb(r: Span, i: number): number {
  return i >= r.start && i < r.end ? GBITS[r.ids[i]!]! : 0;
}

/** Tokens that open a new listed part: a determiner, a comma or colon, "and". */
const OPENS = F.DET | F.PUNCT | F.AND | F.BOUNDARY;

const KIND_REASON: Record<number, ReasonId> = {
  [KIND.NONE]: 'theme',
  [KIND.REDESIGN]: 'redesign',
  [KIND.RESTRUCTURE]: 'restructure',
  [KIND.RESPONSIVE]: 'responsive',
  [KIND.ACCESSIBILITY]: 'accessibility',
  [KIND.CONSISTENCY]: 'consistency',
  [KIND.THEME]: 'theme',
  [KIND.TRANSLATE]: 'translate',
  [KIND.RTL]: 'rtl',
  [KIND.REBRAND]: 'rebrand',
};

const why = (id: ReasonId): Reason => ({ id });

/** A token as the person wrote it (original case), for reasons. */
function surface(p: Prepared, i: number): string {
  return p.source.slice(p.start[i]!, p.end[i]!);
}

const NAMED = F.ELEMENT | F.PAGEISH | F.ENTITY | F.HEAD_WEAK | F.HEAD_STRONG | F.DOMAIN | F.ROLE;

/** [a, b) without leading determiners and fillers, up to the next "with", "that", "for"… */
function trim(p: Prepared, r: Span, a: number, b: number): [number, number] {
  while (a < b && (fl(r, a) & (F.DET | F.AND | F.BOUNDARY | F.PUNCT | F.QUANT) || gb(r, a) & G.FILLER)) a++;
  for (let k = a + 1; k < b; k++) {
    if (fl(r, k) & (F.BOUNDARY | F.PUNCT | F.AND)) {
      b = k;
      break;
    }
  }
  while (b > a + 1 && (fl(r, b - 1) & F.DET || gb(r, b - 1) & G.FILLER)) b--; // "CRM completo"
  if (b - a > 5) {
    if (p.headFirst) b = a + 5;
    else a = b - 5;
  }
  return [a, b];
}

/** Tokens [a, b) as written, trimmed to the noun phrase. */
function phrase(p: Prepared, r: Span, a: number, b: number): string {
  [a, b] = trim(p, r, a, b);
  return a < b ? p.source.slice(p.start[a]!, p.end[b - 1]!) : '';
}

/**
 * What comes with a created module: listed parts that are short noun phrases ending (or, in
 * head-first languages, starting) in something known: "a form", "data entities", "an admin page";
 * never a clause like "bookings are stored".
 */
function moduleParts(p: Prepared, r: Span, a: number, b: number): string[] {
  const parts: string[] = [];
  let from = a;
  const CLAUSE = G.ASKER | G.AUX | G.YOU;
  for (let k = a; k <= b && parts.length < 4; k++) {
    const end = k === b || gb(r, k) & G.LIST_SEP || fl(r, k) & (F.AND | F.PUNCT);
    if (!end) continue;
    const [s, e] = trim(p, r, from, k);
    from = k + 1;
    if (e <= s || e - s > 4 || !(fl(r, p.headFirst ? s : e - 1) & NAMED)) continue;
    let clause = false;
    for (let m = s; m < e; m++) if (gb(r, m) & CLAUSE || fl(r, m) & (F.REQUEST | F.WH)) clause = true;
    if (!clause) parts.push(p.source.slice(p.start[s]!, p.end[e - 1]!));
  }
  return parts;
}

/**
 * Reads the tokens in [start, end) and decides which rubric scope the request falls in. The loops
 * compare integer flags only; strings are built just for the reasons a person reads.
 */
export function classify(p: Prepared, start = 0, end = p.n): Classification {
  const ids = p.id;
  const r: Span = { ids, start, end };
  // Broad evidence is of two kinds: what the work is (translate, redesign) and how far it reaches.
  let broad = 0;
  let reach = 0;
  let themeSeen = false;
  let module = 0;
  let feat = 0;
  let simp = 0;
  const broadWhy: Reason[] = [];
  const moduleWhy: Reason[] = [];
  const english = p.lang === 'en';
  let topFeat = 0;
  let topSimp = 0;
  let topFeatAt = -1;
  let topSimpAt = -1;
  let element = false;
  let fix = false;
  let quotes = 0;
  let reword = false;
  let cond = false;
  let medSeen = false;
  let mobileSeen = false;
  let langSeen = false;
  let appObjectSeen = false;
  let entity = false;
  let domainSeen = false;
  let pageSeen = false;
  let listed = 0;
  let createBefore = false;
  let flow = false;
  let actors = 0;
  let lastActor = -1;
  let code = false;
  let create = -1;

  // First pass: bag-of-classes evidence and app-wide phrases.
  for (let i = start; i < end; i++) {
    const id = ids[i]!;
    // Unknown words (id 0) carry no class, weight or bit: nothing below can fire for them.
    if (id === 0) continue;
    const f = FLAGS[id]!;
    const g = GBITS[id]!;
    if (f !== 0) {
      if (f & F.QUOTE) quotes++;
      if (f & F.ELEMENT) element = true;
      if (f & F.FIX) fix = true;
      if (f & F.REWORD) reword = true;
      if (f & F.COND) cond = true;
      if (f & F.CODE) code = true;
      if (f & F.ENTITY) entity = true;
      if (f & F.DOMAIN) domainSeen = true;
      if (f & F.PAGEISH) pageSeen = true;
      if (f & F.AND) listed++;
      if (f & F.FLOW) flow = true;
      if (f & F.ACTOR && BASE[id] !== lastActor) {
        actors++;
        lastActor = BASE[id]!;
      }
    }
    let fw = FEAT[id]!;
    // A noun naming an element ("checkout button", "login card") describes it; it is not the change.
    if (fw > 0 && !(f & F.IMPERATIVE) && modifiesElement(p, r, i)) fw *= 0.25;
    if (fw > 0) {
      feat += fw;
      if (fw > FEAT[topFeat]!) {
        topFeat = id;
        topFeatAt = i;
      }
    }
    const sw = SIMP[id]!;
    if (sw > 0) {
      simp += sw;
      if (sw > SIMP[topSimp]!) {
        topSimp = id;
        topSimpAt = i;
      }
    }
    if (g & (G.HEX | G.LENGTH)) simp += 1.5;
    if (f === 0 && g === 0 && XBITS[id] === 0) continue;

    if (create < 0 && f & F.CREATE) {
      const opens =
        p.verbFinal || i === start || fl(r, i - 1) & (F.PUNCT | F.REQUEST | F.AND) || gb(r, i - 1) & G.OPENER;
      // "set up", "mets en place"; "need a …", "preciso de um …".
      const up = gb(r, i + 1) & G.UP ? i + 1 : !english && gb(r, i + 2) & G.UP ? i + 2 : -1;
      // "make a …", "make me a …", "preciso de um …".
      const article =
        gb(r, i + 1) & G.ARTICLE ||
        (gb(r, i + 1) & G.FILLER && gb(r, i + 2) & G.ARTICLE) ||
        (!english && gb(r, i + 1) & G.TO && gb(r, i + 2) & G.FILLER && gb(r, i + 3) & G.ARTICLE) ||
        (!english && gb(r, i + 1) & G.OF && gb(r, i + 2) & G.ARTICLE);
      const ok = g & G.SET ? up > 0 : g & G.NEEDS_ARTICLE ? article : true;
      if (opens && ok) create = g & G.SET ? up : i;
      else if (!english && !p.verbFinal && i > start && (i + 1 === end || fl(r, i + 1) & F.PUNCT)) {
        // A clause-final infinitive: "Treueprogramm hinzufügen: …", "ein Buchungssystem erstellen".
        create = i;
        createBefore = true;
      }
    }

    // "20 on every page" is a rate, not a reach.
    const rate =
      f & F.QUANT && (gb(r, i - 1) & G.NUMBER || (fl(r, i - 1) & F.BOUNDARY && gb(r, i - 2) & G.NUMBER));
    if (
      f & F.QUANT &&
      !rate &&
      (g & G.PAGE_WORD || (g & G.EVERY && XBITS[ids[i + 1]!]! & X.OBJECT && i + 1 < end))
    ) {
      // One word for "all pages" (全ページ, 全画面).
      reach += 3;
      broadWhy.push(why('every-page'));
    } else if (f & F.QUANT && !rate) {
      // "all pages", "every list in the app", "the entire app": the change spans the app…
      let nounSeen = false;
      for (let j = i + 1; j < Math.min(i + 5, end); j++) {
        const fj = fl(r, j);
        if (fj & F.PUNCT) break;
        // "every button" spans the app; "under every note the date" names a place, not the date.
        const named = fj & F.ELEMENT && !(fj & (F.DET | F.QUANT)) && g & G.EVERY && !nounSeen;
        if (!(fj & (F.DET | F.QUANT | F.PUNCT))) nounSeen = true;
        if (fj & (F.SURF_APP | F.SURF_PART) || named) {
          // …unless it is pinned to one place: "all buttons on this card".
          let local = false;
          for (let k = j + 1; k < Math.min(j + 3, end); k++) {
            // A verb ends the noun phrase: "all pages need a skeleton" is not pinned anywhere.
            if (fl(r, k) & (F.CREATE | F.IMPERATIVE | F.REQUEST)) break;
            if (gb(r, k) & G.LOCAL_PREP && fl(r, k + 1) & F.DET && !(gb(r, k + 1) & G.ALL)) {
              local = !(fl(r, k + 2) & F.SURF_APP) && !(fl(r, k + 3) & F.SURF_APP);
              break;
            }
          }
          if (local) broad += 1;
          else {
            reach += 3;
            broadWhy.push(
              gb(r, j) & G.PAGE_WORD
                ? why('every-page')
                : fj & F.SURF_APP
                  ? why('whole-app')
                  : { id: 'every-part', words: [surface(p, j), g & G.ALL ? 'all' : 'every'] },
            );
          }
          break;
        }
        if (fj & F.BOUNDARY && !(gb(r, j) & G.OF)) {
          // "all the dates in the app", "every link across the site".
          if (reachesApp(r, j, end)) {
            reach += 3;
            broadWhy.push(why('whole-app'));
          }
          break;
        }
      }
    } else if (f & F.EVERYWHERE) {
      reach += 3;
      broadWhy.push(why('everywhere'));
    } else if (f & F.SPAN) {
      for (let j = i + 1; j < Math.min(i + 4, end); j++) {
        const fj = fl(r, j);
        if (fj & F.SURF_APP || (fj & F.SURF_PART && p.text.charCodeAt(p.end[j]! - 1) === 115)) {
          reach += 3;
          broadWhy.push(why('spans-app'));
          break;
        }
        if (!(fj & (F.DET | F.QUANT))) break;
      }
    }

    if (!english && !(f & F.QUANT) && f & (F.SURF_APP | F.SURF_PART) && reach === 0) {
      // Quantifier after the noun: "la app entera", "האפליקציה כולה", "アプリ全体"; "アプリ内", "アプリ中"
      // (within the app); verb last, also after the noun it modifies ("カードのデザインを全部").
      const far = p.verbFinal ? 5 : 3;
      for (let j = i + 1; j < Math.min(i + far, end); j++) {
        if (fl(r, j) & F.QUANT || (j === i + 1 && f & F.SURF_APP && XBITS[ids[j]!]! & X.WITHIN)) {
          reach += 3;
          broadWhy.push(gb(r, i) & G.PAGE_WORD ? why('every-page') : why('whole-app'));
          break;
        }
        const linked =
          p.verbFinal &&
          (gb(r, j - 1) & G.OF || fl(r, j) & (F.SURF_PART | F.ELEMENT)) &&
          !(fl(r, j) & F.PUNCT);
        if (!(fl(r, j) & F.DET || XBITS[ids[j]!]! & X.PARTICLE || linked)) break;
      }
    }
    const themePair =
      (g & G.THEME_ADJ && gb(r, i + 1) & G.THEME_MODE) ||
      (!english && g & G.THEME_MODE && gb(r, i + 1) & G.THEME_ADJ) ||
      XBITS[id]! & X.THEME_WORD;
    if (f & F.BROAD_STRONG) {
      broad += 3;
      broadWhy.push(why(KIND_REASON[KINDS[id]!]!));
    } else if (themePair && !themeSeen) {
      themeSeen = true;
      broad += 3;
      broadWhy.push(why('theme-mode'));
    } else if (f & F.BROAD_MED && !medSeen && !(KINDS[id] === KIND.THEME && usedAsVerb(r, i))) {
      medSeen = true;
      broad += 2;
      broadWhy.push(why(KIND_REASON[KINDS[id]!]!));
    }
    const smallScreens = g & G.PAGE_WORD && gb(r, i - 1) & G.SMALL;
    const phones = f & F.MOBILE && (gb(r, i - 1) & G.MOBILE_BEFORE || gb(r, i + 1) & G.MOBILE_AFTER);
    if (!mobileSeen && (phones || smallScreens)) {
      mobileSeen = true;
      broad += 2;
      broadWhy.push(why('phones'));
    }
    if (f & F.LANG && !langSeen) {
      langSeen = true;
      broad += 2;
      broadWhy.push(why('language'));
    }
    if (g & G.APP_OBJECT && fl(r, i - 1) & F.DET && !appObjectSeen) {
      appObjectSeen = true;
      reach += 1;
    }
  }
  // A language written the other way ("Arabic, right to left") turns every page around.
  if (langSeen && namesSides(r)) {
    broad += 3;
    broadWhy.push(why('rtl'));
  }
  for (let i = start; i < end - 1 && !medSeen; i++) {
    if (gb(r, i) & G.CLEAN && gb(r, i + 1) & G.UP) {
      medSeen = true;
      broad += 2;
      broadWhy.push(why('cleanup'));
    }
  }
  // App-level work aimed at one element ("translate the button label") stays local, except a theme
  // (dark mode has to restyle every page whatever the prompt points at).
  if (!element) {
    if (medSeen) broad += 1;
    if (mobileSeen) broad += 1;
    if (code && medSeen) broad += 1;
  } else if (reach === 0 && !themeSeen) {
    broad = Math.min(broad, 2);
  }
  broad += reach;

  // No "add"/"build": a prompt that opens by naming a new thing and listing its parts ("New feature:
  // a course platform with courses, lessons and quizzes", "An app for my bakery where customers…")
  // asks for it as surely as one with the verb. Read it as created, but only with parts or actors.
  let implied = false;
  if (create < 0) {
    const at = namedOpening(p, r);
    if (at >= 0) {
      implied = true;
      if (p.verbFinal) {
        create = at;
        createBefore = true;
      } else create = at - 1;
    }
  }

  // Second pass: is this a new subsystem? Look at what is being created and what comes with it.
  let elementAdd = false;
  const before = p.verbFinal || createBefore;
  const [spanStart, spanEnd] =
    create < 0 && !implied ? [0, 0] : before ? spanBefore(r, create) : spanAfter(r, create, end);
  // "I need that users can…" creates nothing by name: read it like a prompt without a create verb.
  if (spanEnd > spanStart) {
    const head = fl(r, p.headFirst ? spanStart : spanEnd - 1);
    let strong = false;
    let domain = false;
    for (let k = spanStart; k < spanEnd; k++) {
      if (fl(r, k) & F.HEAD_STRONG) strong = true;
      if (fl(r, k) & F.DOMAIN) domain = true;
    }
    if (head & F.ELEMENT && !(head & (F.HEAD_STRONG | F.HEAD_WEAK))) {
      elementAdd = true;
    } else {
      if (strong) module += 3;
      else if (head & F.ROLE) module += 2;
      else if (head & F.HEAD_WEAK && head & F.DOMAIN) module += 3;
      else if (head & F.HEAD_WEAK) module += domain ? 2 : 0.5;
      else if (head & F.DOMAIN) module += 2;
      else if (domain) module += 1;

      // What comes with it: "with categories, threads, replies and a moderation page" (before the
      // name when the verb comes last).
      // Verb last: the parts come before the name, or after a colon ("機能を追加して：…").
      // Verb last, only the verb's own sentence: earlier ones are context ("請求書一覧があります。…").
      const [withStart, withEnd] = p.verbFinal
        ? [sentenceStart(r, Math.min(create, end - 1)), end]
        : [before ? create + 1 : spanEnd, end];
      let items = 1;
      let pages = 0;
      for (let k = withStart; k < withEnd; k++) {
        if (gb(r, k) & G.LIST_SEP || fl(r, k) & F.AND) items++;
        // A page the request brings: "a moderation page", ", results page", "and a host view".
        if (fl(r, k) & F.PAGEISH && (fl(r, k - 1) & OPENS || fl(r, k - 2) & OPENS)) pages++;
      }
      const found: Reason[] = [];
      if (items >= 5) module += 3;
      else if (items === 4) module += 2.5;
      else if (items === 3) module += 2;
      if (items >= 3) found.push({ id: 'parts', n: items });
      if (pages > 0 && module > 0) {
        module += 1;
        found.push({ id: 'new-pages', n: pages });
      }
      if (entity) {
        module += 2;
        found.push(why('entities'));
      }
      if (actors >= 2) {
        module += flow ? 2 : 1;
        found.push(why('roles-flow'));
      } else if (flow && module > 0) {
        module += 0.5; // a request/approve/review step is a flow even with one named role
      }
      if (implied && items < 3 && actors < 2) module = 0;
      if (module > 0) {
        const name = phrase(p, r, spanStart, spanEnd);
        const parts = moduleParts(p, r, withStart, withEnd).filter((part) => part !== name);
        const named: Reason = { id: 'new-module', words: [name] };
        if (parts.length > 0) named.parts = parts;
        if (!english) named.lang = p.lang;
        moduleWhy.push(named);
        // The parts already name the pages and data; keep only what they do not say.
        for (const f of found) if (parts.length === 0 || f.id === 'roles-flow') moduleWhy.push(f);
      }
    }
  } else {
    if (entity) module += 1;
    // No "add"/"build", but a business process with its parts listed: "I need to manage the
    // restaurant's reservations: tables, shifts, online booking and a view for the manager".
    let seps = listed;
    for (let i = start; i < end; i++) if (gb(r, i) & G.LIST_SEP) seps++;
    // Roles each doing their step ("employees submit, managers approve, finance sees them").
    if (actors >= 2 && flow) module += pageSeen || seps >= 2 ? 3 : 1;
    if (flow && domainSeen && seps >= 3) {
      module += 3;
      moduleWhy.push({ id: 'parts', n: seps + 1 });
    }
  }

  // The verb the request opens with ("sort…", "centre…") names the kind of change more surely than the
  // nouns around it ("from biggest to smallest").
  const lead = leadVerb(p, r);
  if (lead >= 0) {
    // "Fix…" says nothing of what is broken.
    if (FEAT[ids[lead]!]! >= 1.5 && !(FLAGS[ids[lead]!]! & F.FIX)) feat += 1;
    else if (SIMP[ids[lead]!]! >= 1) simp += 0.5;
  }

  // Small changes: looks and wording against behaviour.
  if (reword && setsLiteral(r, start, end)) simp += 1.5;
  let wording = false;
  // New wording in quotes is a text swap, unless it depends on a condition ("say X before noon").
  if (quotes > 0 && reword && !cond) {
    simp += 2;
    // "It says 'Contcat', fix it": what is broken is the wording itself (no other symptom named).
    if (fix) feat -= onlyFix(r);
    wording = SIMP[topSimp]! < 2;
  }
  if (fix) feat += 0.5;
  if (elementAdd) feat += 0.25;

  return decide({
    broad,
    module,
    feat,
    simp,
    broadWhy,
    moduleWhy,
    // English reasons name the lexicon word ("filter"); others the word as written.
    topFeat: topFeat === 0 ? '' : english ? WORDS[topFeat]! : surface(p, topFeatAt),
    topSimp: wording ? 'wording' : topSimp === 0 ? '' : english ? WORDS[topSimp]! : surface(p, topSimpAt),
    element,
    fix,
    quotes,
    reword,
  });
}

/**
 * A noun naming an element: "checkout button"; in other languages also "カートのアイコン" (cart's
 * icon) and, head first, "icono del carrito", "האייקון של העגלה".
 */
function modifiesElement(p: Prepared, r: Span, i: number): boolean {
  if (fl(r, i + 1) & F.ELEMENT) return true;
  if (p.lang === 'en') return false;
  if (gb(r, i + 1) & G.OF && fl(r, i + 1) & F.DET && fl(r, i + 2) & F.ELEMENT) return true;
  if (!p.headFirst) return false;
  if (fl(r, i - 1) & F.ELEMENT) return true;
  // Back over "de", "del", "של", "ה": at most three linking words.
  for (let k = i - 1; k >= r.start && k >= i - 4; k--) {
    if (fl(r, k) & F.ELEMENT) return true;
    if (!(gb(r, k) & G.OF || fl(r, k) & F.DET)) return false;
  }
  return false;
}

/** The request's own verb: first after any lead-in, or (verb last) among the closing words; -1 if none. */
function leadVerb(p: Prepared, r: Span): number {
  if (p.verbFinal) {
    for (let k = r.end - 1; k >= r.start && k >= r.end - 4; k--)
      if (fl(r, k) & F.IMPERATIVE && (FEAT[r.ids[k]!]! > 0 || SIMP[r.ids[k]!]! > 0)) return k;
    return -1;
  }
  let i = r.start;
  while (i < r.end && i < r.start + 4 && (gb(r, i) & (G.LEAD_IN | G.ASKER | G.YOU) || fl(r, i) & F.REQUEST))
    i++;
  return fl(r, i) & F.IMPERATIVE ? i : -1;
}

const HEADS = F.HEAD_STRONG | F.HEAD_WEAK | F.DOMAIN;

/** Past articles, fillers and lead-ins from i. */
function skipArticles(r: Span, i: number): number {
  while (i < r.end && (fl(r, i) & F.DET || gb(r, i) & (G.LEAD_IN | G.FILLER | G.ARTICLE))) i++;
  return i;
}
const COLON = WORDS.indexOf(':');

/**
 * Where a prompt that opens with a name ("a booking system…", "Kursplattform mit…") puts it: the first
 * word after articles and lead-ins (verb last: the closing word, "…ケーキ屋のアプリ"); -1 if it opens
 * otherwise. A header ending in a colon ("New feature:") is passed over.
 */
function namedOpening(p: Prepared, r: Span): number {
  if (p.verbFinal) {
    // "紹介プログラム：…": a name before a colon; else a name closing the prompt.
    for (let k = r.start + 1; k < Math.min(r.start + 6, r.end); k++)
      if (r.ids[k] === COLON) {
        if (fl(r, k - 1) & HEADS) return k;
        break;
      }
    const last = fl(r, r.end - 1) & F.PUNCT ? r.end - 2 : r.end - 1;
    return fl(r, last) & HEADS ? last + 1 : -1;
  }
  let i = skipArticles(r, r.start);
  if (!(fl(r, i) & HEADS) || fl(r, i) & F.IMPERATIVE) return -1;
  // "My app is a booking tool for salons.": a description of what exists, not a request.
  for (let k = i + 1; k < r.end && !(gb(r, k) & G.SENTENCE_END); k++)
    if (gb(r, k) & G.AUX || surface(p, k) === 'é') return -1; // Portuguese "é" folds to "e" (and)
  // "New feature: …": the header names the kind, the colon opens the real name.
  for (let k = i + 1; k < Math.min(i + 4, r.end); k++) {
    if (!(fl(r, k) & F.PUNCT)) continue;
    if (r.ids[k] === COLON && !(fl(r, i) & F.HEAD_STRONG)) {
      const next = skipArticles(r, k + 1);
      if (fl(r, next) & HEADS) i = next;
    }
    break;
  }
  return i;
}

/** The created thing's name after its verb: "add [a] [booking system] with…". */
function spanAfter(r: Span, create: number, end: number): [number, number] {
  let i = create + 1;
  while (i < end && (fl(r, i) & F.DET || gb(r, i) & (G.FILLER | G.OF))) i++;
  const spanStart = i;
  while (i < end && i - spanStart < 5 && !(fl(r, i) & (F.BOUNDARY | F.PUNCT | F.AND))) i++;
  // "a returns and refunds process": when the first noun names nothing known, read on past "and".
  const NAMED = F.ELEMENT | F.HEAD_STRONG | F.HEAD_WEAK | F.DOMAIN | F.ROLE;
  if (i > spanStart && fl(r, i) & F.AND && !(fl(r, i - 1) & NAMED)) {
    let j = i + 1;
    while (j < end && j - i <= 4 && !(fl(r, j) & (F.BOUNDARY | F.PUNCT | F.AND))) j++;
    if (j > i + 1) i = j;
  }
  return [spanStart, i];
}

/** The created thing's name before a clause-final verb: "[予約システム]を追加して". */
function spanBefore(r: Span, create: number): [number, number] {
  let i = create;
  // "チャットを、通知と履歴付きで追加": the created thing is the one marked as the object, further back.
  for (let k = create - 1; k > r.start && k >= create - 12; k--) {
    if (fl(r, k) & F.PUNCT && gb(r, k) & G.SENTENCE_END) break;
    if (XBITS[r.ids[k]!]! & X.OBJECT) {
      i = k + 1;
      break;
    }
  }
  while (i > r.start && (XBITS[r.ids[i - 1]!]! & X.PARTICLE || fl(r, i - 1) & F.DET)) i--;
  const spanEnd = i;
  while (
    i > r.start &&
    spanEnd - i < 5 &&
    !(fl(r, i - 1) & (F.BOUNDARY | F.PUNCT | F.AND)) &&
    !(XBITS[r.ids[i - 1]!]! & X.PARTICLE)
  )
    i--;
  return [i, spanEnd];
}

/** Where the sentence holding token i begins. */
function sentenceStart(r: Span, i: number): number {
  while (i > r.start && !(gb(r, i - 1) & G.SENTENCE_END)) i--;
  return i;
}

/** "marca o produto" (mark the product), not "a marca" (the brand): an object follows, no article before. */
function usedAsVerb(r: Span, i: number): boolean {
  return (fl(r, i + 1) & F.DET) !== 0 && !(fl(r, i - 1) & F.DET);
}

/** "von rechts nach links", "מימין לשמאל": a writing direction, two sides named close together. */
function namesSides(r: Span): boolean {
  let at = -1;
  for (let i = r.start; i < r.end; i++) {
    if (!(XBITS[r.ids[i]!]! & X.SIDE)) continue;
    if (at >= 0 && i - at <= 3 && r.ids[at] !== r.ids[i]) return true;
    at = i;
  }
  return false;
}

/** The behaviour weight of the one fix word in the span, or 0 when several name symptoms. */
function onlyFix(r: Span): number {
  let n = 0;
  let weight = 0;
  for (let i = r.start; i < r.end; i++) {
    if (!(FLAGS[r.ids[i]!]! & F.FIX)) continue;
    n++;
    weight = FEAT[r.ids[i]!]!;
  }
  return n === 1 ? weight : 0;
}

/** A preposition at j followed by "the app" / "the site" (optionally via a determiner). */
function reachesApp(r: Span, j: number, end: number): boolean {
  if (!(gb(r, j) & G.LOCAL_PREP) && !(fl(r, j) & F.SPAN)) return false;
  for (let k = j + 1; k < Math.min(j + 4, end); k++) {
    if (fl(r, k) & F.SURF_APP) return true;
    if (!(fl(r, k) & (F.DET | F.QUANT))) return false;
  }
  return false;
}

/** "Change … to 2026", "… to 'Start free trial'": a value or wording swap, not new behaviour. */
function setsLiteral(r: Span, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) {
    if (gb(r, i) & G.TO && (gb(r, i + 1) & (G.NUMBER | G.HEX | G.LENGTH) || fl(r, i + 1) & F.QUOTE))
      return true;
  }
  return false;
}

interface Evidence {
  broad: number;
  module: number;
  feat: number;
  simp: number;
  broadWhy: Reason[];
  moduleWhy: Reason[];
  topFeat: string;
  topSimp: string;
  element: boolean;
  fix: boolean;
  quotes: number;
  reword: boolean;
}

const sure = (margin: number, base: number): number =>
  Math.round(Math.min(0.95, base + (0.95 - base) * (1 - Math.exp(-margin / 2))) * 100) / 100;

function decide(e: Evidence): Classification {
  if (e.broad >= BROAD_AT && e.broad >= e.module) {
    return {
      scope: 'broad',
      runnerUp: e.module >= MODULE_AT ? 'module' : e.feat > e.simp ? 'feature' : 'module',
      confidence: sure(e.broad - Math.max(e.module, BROAD_AT - 1), 0.55),
      reasons: unique(e.broadWhy),
    };
  }
  if (e.module >= MODULE_AT) {
    return {
      scope: 'module',
      runnerUp: e.broad >= 2 ? 'broad' : 'feature',
      confidence: sure(e.module - Math.max(e.broad, MODULE_AT - 1), 0.55),
      reasons: unique(e.moduleWhy),
    };
  }
  const lean = e.broad >= 2 ? 'broad' : e.module >= 2 ? 'module' : undefined;
  if (e.simp === 0 && e.feat === 0 && e.element) {
    // Only element names ("turn the link into a button"): most such edits are visual.
    return { scope: 'simple', runnerUp: lean ?? 'feature', confidence: 0.4, reasons: [why('one-element')] };
  }
  if (e.simp > e.feat) {
    const first: Reason = e.quotes > 0 && e.reword ? why('wording') : { id: 'style', words: [e.topSimp] };
    return {
      scope: 'simple',
      runnerUp: lean ?? 'feature',
      confidence: sure(e.simp - e.feat, 0.5),
      reasons: e.element ? [first, why('element')] : [first],
    };
  }
  const reasons: Reason[] =
    e.feat === 0
      ? [why('no-cues')]
      : [e.fix ? why('bug-fix') : e.topFeat ? { id: 'behaviour', words: [e.topFeat] } : why('adds-element')];
  return {
    scope: 'feature',
    runnerUp: lean ?? (e.simp > 0 ? 'simple' : 'module'),
    confidence: e.feat === 0 ? 0.35 : sure(e.feat - e.simp, 0.5),
    reasons,
  };
}

function unique(list: Reason[]): Reason[] {
  const out: Reason[] = [];
  for (const r of list) {
    const key = `${r.id} ${r.words?.join(' ') ?? ''}`;
    if (out.length < 3 && !out.some((o) => `${o.id} ${o.words?.join(' ') ?? ''}` === key)) out.push(r);
  }
  return out;
}
