import { BASE, F, FEAT, FLAGS, G, GBITS, SIMP, WORDS } from './lexicon';
import type { Prepared } from './prepare';
import type { BuildScope } from './rubric';
import { tokenText } from './tokens';

export interface Classification {
  scope: BuildScope;
  /** The next most likely scope, used to widen the range when unsure. */
  runnerUp: BuildScope;
  confidence: number;
  reasons: string[];
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
const OPENS = F.DET | F.PUNCT | F.AND;

function medReason(word: string): string {
  if (/^re(design|vamp|build|do|write)|^overhaul|^modern/.test(word)) return 'redesigns a whole page or more';
  if (/^re(factor|structure|organi)|^migrate/.test(word)) return 'restructures code across files';
  if (/responsive|mobile/.test(word)) return 'new layout for every screen size';
  if (/access|a11y/.test(word)) return 'accessibility pass over the app';
  if (/consisten/.test(word)) return 'consistency pass over many places';
  return 'theme or brand change';
}

function strongReason(word: string): string {
  if (/^(translat|locali|internationali|i18n)/.test(word)) return 'translates every page';
  if (word === 'rtl' || word === 'right-to-left') return 'layout direction changes everywhere';
  return 'rebrand touches everything';
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
  const broadWhy: string[] = [];
  const moduleWhy: string[] = [];
  let topFeat = 0;
  let topSimp = 0;
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
      if (f & F.FLOW) flow = true;
      if (f & F.ACTOR && BASE[id] !== lastActor) {
        actors++;
        lastActor = BASE[id]!;
      }
    }
    let fw = FEAT[id]!;
    // A noun naming an element ("checkout button", "login card") describes it; it is not the change.
    if (fw > 0 && fl(r, i + 1) & F.ELEMENT && !(f & F.IMPERATIVE)) fw *= 0.25;
    if (fw > 0) {
      feat += fw;
      if (fw > FEAT[topFeat]!) topFeat = id;
    }
    const sw = SIMP[id]!;
    if (sw > 0) {
      simp += sw;
      if (sw > SIMP[topSimp]!) topSimp = id;
    }
    if (g & (G.HEX | G.LENGTH)) simp += 1.5;
    if (f === 0 && g === 0) continue;

    if (create < 0 && f & F.CREATE) {
      const opens = i === start || fl(r, i - 1) & (F.PUNCT | F.REQUEST | F.AND) || gb(r, i - 1) & G.OPENER;
      const ok = g & G.SET ? gb(r, i + 1) & G.UP : g & G.NEEDS_ARTICLE ? gb(r, i + 1) & G.ARTICLE : true;
      if (opens && ok) create = g & G.SET ? i + 1 : i;
    }

    if (f & F.QUANT) {
      // "all pages", "every list in the app", "the entire app": the change spans the app…
      for (let j = i + 1; j < Math.min(i + 5, end); j++) {
        const fj = fl(r, j);
        if (fj & F.PUNCT) break;
        if (fj & (F.SURF_APP | F.SURF_PART) || (g & G.EVERY && fj & F.ELEMENT)) {
          // …unless it is pinned to one place: "all buttons on this card".
          let local = false;
          for (let k = j + 1; k < Math.min(j + 3, end); k++) {
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
                ? 'touches every page'
                : fj & F.SURF_APP
                  ? 'applies to the whole app'
                  : `changes ${g & G.ALL ? 'all' : 'every'} ${tokenText(p, j)}`,
            );
          }
          break;
        }
        if (fj & F.BOUNDARY && !(gb(r, j) & G.OF)) {
          // "all the dates in the app", "every link across the site".
          if (reachesApp(r, j, end)) {
            reach += 3;
            broadWhy.push('applies to the whole app');
          }
          break;
        }
      }
    } else if (f & F.EVERYWHERE) {
      reach += 3;
      broadWhy.push('applies everywhere');
    } else if (f & F.SPAN) {
      for (let j = i + 1; j < Math.min(i + 4, end); j++) {
        const fj = fl(r, j);
        if (fj & F.SURF_APP || (fj & F.SURF_PART && p.text.charCodeAt(p.end[j]! - 1) === 115)) {
          reach += 3;
          broadWhy.push('spans the app');
          break;
        }
        if (!(fj & (F.DET | F.QUANT))) break;
      }
    }

    if (f & F.BROAD_STRONG) {
      broad += 3;
      broadWhy.push(strongReason(WORDS[id]!));
    } else if (g & G.THEME_ADJ && gb(r, i + 1) & G.THEME_MODE) {
      themeSeen = true;
      broad += 3;
      broadWhy.push('theme change touches every page');
    } else if (f & F.BROAD_MED && !medSeen) {
      medSeen = true;
      broad += 2;
      broadWhy.push(medReason(WORDS[id]!));
    }
    const smallScreens = g & G.PAGE_WORD && gb(r, i - 1) & G.SMALL;
    const phones = f & F.MOBILE && (gb(r, i - 1) & G.MOBILE_BEFORE || gb(r, i + 1) & G.MOBILE_AFTER);
    if (!mobileSeen && (phones || smallScreens)) {
      mobileSeen = true;
      broad += 2;
      broadWhy.push('reworks the layout for phones');
    }
    if (f & F.LANG && !langSeen) {
      langSeen = true;
      broad += 2;
      broadWhy.push('adds a language');
    }
    if (g & G.APP_OBJECT && fl(r, i - 1) & F.DET && !appObjectSeen) {
      appObjectSeen = true;
      reach += 1;
    }
  }
  for (let i = start; i < end - 1 && !medSeen; i++) {
    if (gb(r, i) & G.CLEAN && gb(r, i + 1) & G.UP) {
      medSeen = true;
      broad += 2;
      broadWhy.push('code cleanup across files');
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

  // Second pass: is this a new subsystem? Look at what is being created and what comes with it.
  let elementAdd = false;
  if (create >= 0) {
    let i = create + 1;
    while (i < end && (fl(r, i) & F.DET || gb(r, i) & G.FILLER)) i++;
    const spanStart = i;
    while (i < end && i - spanStart < 5 && !(fl(r, i) & (F.BOUNDARY | F.PUNCT | F.AND))) i++;
    // "a returns and refunds process": when the first noun names nothing known, read on past "and".
    const NAMED = F.ELEMENT | F.HEAD_STRONG | F.HEAD_WEAK | F.DOMAIN | F.ROLE;
    if (i > spanStart && fl(r, i) & F.AND && !(fl(r, i - 1) & NAMED)) {
      let j = i + 1;
      while (j < end && j - i <= 4 && !(fl(r, j) & (F.BOUNDARY | F.PUNCT | F.AND))) j++;
      if (j > i + 1) i = j;
    }
    const spanEnd = i;
    if (spanEnd > spanStart) {
      const head = fl(r, spanEnd - 1);
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
        if (module > 0) moduleWhy.push(`new ${p.text.slice(p.start[spanStart]!, p.end[spanEnd - 1]!)}`);

        // What comes with it: "with categories, threads, replies and a moderation page".
        let items = 1;
        let pages = 0;
        for (let k = spanEnd; k < end; k++) {
          if (gb(r, k) & G.LIST_SEP || fl(r, k) & F.AND) items++;
          // A page the request brings: "a moderation page", ", results page", "and a host view".
          if (fl(r, k) & F.PAGEISH && (fl(r, k - 1) & OPENS || fl(r, k - 2) & OPENS)) pages++;
        }
        if (items >= 5) module += 3;
        else if (items === 4) module += 2.5;
        else if (items === 3) module += 2;
        if (items >= 3) moduleWhy.push(`${items} parts in one request`);
        if (pages > 0 && module > 0) {
          module += 1;
          moduleWhy.push(pages > 1 ? 'new pages' : 'new page');
        }
        if (entity) {
          module += 2;
          moduleWhy.push('new data entities');
        }
        if (actors >= 2) {
          module += flow ? 2 : 1;
          moduleWhy.push('a flow between several roles');
        } else if (flow && module > 0) {
          module += 0.5; // a request/approve/review step is a flow even with one named role
        }
      }
    }
  } else {
    if (entity) module += 1;
    if (actors >= 2 && flow) module += 1;
  }

  // Small changes: looks and wording against behaviour.
  if (reword && setsLiteral(r, start, end)) simp += 1.5;
  let wording = false;
  // New wording in quotes is a text swap, unless it depends on a condition ("say X before noon").
  if (quotes > 0 && reword && !cond) {
    simp += 2;
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
    topFeat: WORDS[topFeat]!,
    topSimp: wording ? 'wording' : WORDS[topSimp]!,
    element,
    fix,
    quotes,
    reword,
  });
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
  broadWhy: string[];
  moduleWhy: string[];
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
    return { scope: 'simple', runnerUp: lean ?? 'feature', confidence: 0.4, reasons: ['edits one element'] };
  }
  if (e.simp > e.feat) {
    const why = e.quotes > 0 && e.reword ? 'wording change' : `style tweak (${e.topSimp})`;
    return {
      scope: 'simple',
      runnerUp: lean ?? 'feature',
      confidence: sure(e.simp - e.feat, 0.5),
      reasons: e.element ? [why, 'one element'] : [why],
    };
  }
  const reasons =
    e.feat === 0
      ? ['no clear size cues: assumed a small feature']
      : [e.fix ? 'bug fix in one place' : e.topFeat ? `behaviour change (${e.topFeat})` : 'adds one element'];
  return {
    scope: 'feature',
    runnerUp: lean ?? (e.simp > 0 ? 'simple' : 'module'),
    confidence: e.feat === 0 ? 0.35 : sure(e.feat - e.simp, 0.5),
    reasons,
  };
}

function unique(list: string[]): string[] {
  const out: string[] = [];
  for (const r of list) if (!out.includes(r) && out.length < 3) out.push(r);
  return out;
}
