/**
 * Convention: every runtime export of lib/base44/selectors.ts is pinned to fixtures it must match
 * and fixtures it must not match. The loop runs over the module's exports, so a selector, text
 * anchor or finder added without an entry below fails here; so does an unused fixture file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../lib/base44/selectors';

const DIR = join(import.meta.dirname, '../base44/selectors.fixtures');

function load(name: string): Document {
  return parseHTML(readFileSync(join(DIR, name), 'utf8')).document as unknown as Document;
}

type Fixture = `${string}.html`;

/**
 * css: a CSS selector (or list of them); text: words Base44 shows, found as an attribute value or
 * an element's whole text; finder: `(root) => Element | null`; reader: reads an element it is given.
 */
type Entry =
  | { kind: 'css' | 'text' | 'finder'; match: Fixture[]; miss: Fixture[] }
  | { kind: 'reader'; cases: { fixture: Fixture; call: (doc: Document) => unknown; want: unknown }[] };

const composer = (doc: Document) => selectors.findComposer(doc)!;

const ENTRIES: Record<keyof typeof selectors, Entry> = {
  PLACEHOLDER_BUILD: {
    kind: 'text',
    match: ['editor-textarea.html', 'editor-contenteditable.html'],
    miss: ['editor-textarea-discuss.html', 'home-new-app.html'],
  },
  PLACEHOLDER_DISCUSS: {
    kind: 'text',
    match: ['editor-textarea-discuss.html', 'editor-tiptap.html'],
    miss: ['editor-textarea.html', 'home-new-app.html'],
  },
  COMPOSER_PLACEHOLDERS: {
    kind: 'text',
    match: ['editor-textarea.html', 'editor-tiptap.html'],
    miss: ['home-new-app.html', 'editor-preview-no-composer.html'],
  },
  SEND_BUTTON_SELECTORS: {
    kind: 'css',
    match: ['editor-textarea.html', 'editor-contenteditable.html', 'home-new-app.html'],
    miss: ['editor-preview-no-composer.html'],
  },
  COMPOSER_INPUT_SELECTORS: {
    kind: 'css',
    match: ['composer-attribute-variants.html', 'editor-textarea.html', 'editor-contenteditable.html'],
    miss: ['home-new-app.html', 'editor-preview-no-composer.html', 'editor-tiptap.html'],
  },
  DISCUSS_LABEL: {
    kind: 'text',
    match: ['editor-textarea-discuss.html', 'editor-contenteditable.html'],
    miss: ['editor-tiptap.html', 'home-new-app.html'],
  },
  MESSAGE_SELECTOR: {
    kind: 'css',
    match: ['editor-textarea.html'],
    miss: ['editor-contenteditable.html', 'home-new-app.html'],
  },
  USER_MESSAGE_MARKER: {
    kind: 'css',
    match: ['editor-textarea.html'],
    miss: ['editor-tiptap.html', 'home-new-app.html'],
  },
  OPEN_MENU_SELECTOR: {
    kind: 'css',
    match: ['editor-menu-open.html'],
    miss: ['editor-menu-closed.html', 'editor-textarea.html'],
  },
  findSendButton: {
    kind: 'finder',
    match: ['editor-textarea.html', 'editor-contenteditable.html', 'editor-tiptap.html', 'home-new-app.html'],
    miss: ['editor-preview-no-composer.html'],
  },
  findDiscussToggle: {
    kind: 'finder',
    match: ['editor-textarea.html', 'editor-textarea-discuss.html', 'editor-contenteditable.html'],
    miss: ['editor-tiptap.html', 'home-new-app.html'],
  },
  findComposer: {
    kind: 'finder',
    match: ['editor-textarea.html', 'editor-contenteditable.html', 'editor-tiptap.html', 'home-new-app.html'],
    miss: ['editor-preview-no-composer.html', 'editor-menu-open.html'],
  },
  isToggleOn: {
    kind: 'reader',
    cases: [
      {
        fixture: 'editor-textarea-discuss.html',
        call: (d) => selectors.isToggleOn(composer(d).discussToggle!),
        want: true,
      },
      {
        fixture: 'editor-textarea.html',
        call: (d) => selectors.isToggleOn(composer(d).discussToggle!),
        want: false,
      },
    ],
  },
  isDiscussMode: {
    kind: 'reader',
    cases: [
      {
        fixture: 'editor-textarea-discuss.html',
        call: (d) => selectors.isDiscussMode(composer(d)),
        want: true,
      },
      { fixture: 'editor-tiptap.html', call: (d) => selectors.isDiscussMode(composer(d)), want: true },
      { fixture: 'editor-textarea.html', call: (d) => selectors.isDiscussMode(composer(d)), want: false },
    ],
  },
  composerText: {
    kind: 'reader',
    cases: [
      {
        fixture: 'editor-contenteditable.html',
        call: (d) => selectors.composerText(composer(d).input).trim(),
        want: 'Make the header blue',
      },
      {
        fixture: 'editor-textarea.html',
        call: (d) => selectors.composerText(composer(d).input).trim(),
        want: '',
      },
    ],
  },
  isUserMessage: {
    kind: 'reader',
    cases: [0, 1].map((i) => ({
      fixture: 'editor-textarea.html' as const,
      call: (d: Document) => selectors.isUserMessage(d.querySelectorAll(selectors.MESSAGE_SELECTOR)[i]!),
      want: i === 0,
    })),
  },
};

const list = (value: unknown): string[] => (Array.isArray(value) ? value : [value]) as string[];

/** Whether some element carries `text` as a whole attribute value or as its whole text. */
function showsText(doc: Document, text: string): boolean {
  const want = text.trim().toLowerCase();
  return [...doc.querySelectorAll('*')].some(
    (el) =>
      el.getAttributeNames().some((name) => el.getAttribute(name)?.trim().toLowerCase() === want) ||
      el.textContent?.trim().toLowerCase() === want,
  );
}

function found(entry: Entry, value: unknown, doc: Document): boolean[] {
  if (entry.kind === 'finder') return [(value as (root: ParentNode) => unknown)(doc) !== null];
  if (entry.kind === 'text') return list(value).map((text) => showsText(doc, text));
  return list(value).map((sel) => doc.querySelector(sel) !== null);
}

describe('every export of lib/base44/selectors.ts is pinned to fixtures', () => {
  const exported = Object.entries(selectors);

  it.each(exported)('%s has fixtures it must match and must not match', (name, value) => {
    const entry = (ENTRIES as Record<string, Entry | undefined>)[name];
    expect(entry, `add ${name} to ENTRIES with fixtures`).toBeDefined();
    if (!entry) return;
    if (entry.kind === 'reader') {
      expect(typeof value).toBe('function');
      // At least two different answers, so the reader is shown telling cases apart.
      expect(new Set(entry.cases.map((c) => JSON.stringify(c.want))).size).toBeGreaterThan(1);
      for (const c of entry.cases) expect(c.call(load(c.fixture)), `${name} on ${c.fixture}`).toEqual(c.want);
      return;
    }
    if (entry.kind === 'finder') expect(typeof value).toBe('function');
    else expect(list(value).every((v) => typeof v === 'string')).toBe(true);
    expect(entry.match.length).toBeGreaterThan(0);
    expect(entry.miss.length).toBeGreaterThan(0);
    const matched = entry.match.map((f) => found(entry, value, load(f)));
    // Every match fixture is matched by the export, and each alternative in a list earns its place.
    for (const [i, hits] of matched.entries())
      expect(hits.some(Boolean), `${name} on ${entry.match[i]}`).toBe(true);
    list(entry.kind === 'finder' ? [name] : value).forEach((alt, j) =>
      expect(
        matched.some((hits) => hits[j]),
        `${name}: ${alt} matches no fixture`,
      ).toBe(true),
    );
    for (const f of entry.miss)
      expect(found(entry, value, load(f)).some(Boolean), `${name} must miss ${f}`).toBe(false);
  });

  it('has no entry for a name the module no longer exports', () => {
    expect(Object.keys(ENTRIES).sort()).toEqual(exported.map(([name]) => name).sort());
  });

  it('uses every fixture file', () => {
    const used = new Set(
      Object.values(ENTRIES).flatMap((e) =>
        e.kind === 'reader' ? e.cases.map((c) => c.fixture) : [...e.match, ...e.miss],
      ),
    );
    expect(readdirSync(DIR).filter((f) => f.endsWith('.html') && !used.has(f as Fixture))).toEqual([]);
  });
});
