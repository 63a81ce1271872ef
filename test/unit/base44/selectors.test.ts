import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  COMPOSER_INPUT_SELECTORS,
  PLACEHOLDER_BUILD,
  PLACEHOLDER_DISCUSS,
  SEND_BUTTON_SELECTORS,
  composerText,
  findComposer,
  findDiscussToggle,
  findSendButton,
  isDiscussMode,
  isToggleOn,
  isUserMessage,
  MESSAGE_SELECTOR,
} from '../../../lib/base44/selectors';

const FIXTURES = join(import.meta.dirname, 'selectors.fixtures');

function load(name: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, name), 'utf8')).document as unknown as Document;
}

describe('every send-button selector matches a fixture', () => {
  it.each([
    [SEND_BUTTON_SELECTORS[0], 'editor-textarea.html'],
    [SEND_BUTTON_SELECTORS[1], 'editor-contenteditable.html'],
  ])('%s in %s', (selector, fixture) => {
    expect(load(fixture).querySelector(selector)).not.toBeNull();
  });

  it('prefers the aria label and falls back to the title', () => {
    expect(findSendButton(load('editor-textarea.html'))?.getAttribute('aria-label')).toBe('Send message');
    const byTitle = findSendButton(load('editor-contenteditable.html'));
    expect(byTitle?.getAttribute('aria-label')).toBeNull();
    expect(byTitle?.getAttribute('title')).toBe('Send message');
  });
});

describe('composer inputs', () => {
  it.each([
    ['editor-textarea.html', 'textarea', 'textarea[placeholder="What would you like to change?"]'],
    ['editor-textarea-discuss.html', 'textarea', 'textarea[placeholder="What would you like to discuss?"]'],
    [
      'editor-contenteditable.html',
      'contenteditable',
      '[contenteditable="true"][aria-placeholder="What would you like to change?"]',
    ],
    [
      'editor-tiptap.html',
      'contenteditable',
      '[contenteditable] [data-placeholder="What would you like to discuss?"]',
    ],
    ['home-new-app.html', 'textarea', 'send-button box'],
  ])('%s → %s via %s', (fixture, kind, via) => {
    const parts = findComposer(load(fixture));
    expect(parts).not.toBeNull();
    expect(parts!.input.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable').toBe(kind);
    expect(parts!.via).toBe(via);
    // The box holds both the input and the send button, and is not the whole page.
    expect(parts!.box.contains(parts!.input)).toBe(true);
    expect(parts!.sendButton && parts!.box.contains(parts!.sendButton)).toBe(true);
    expect(parts!.box.tagName).not.toBe('BODY');
    // Editor composers include their bottom row with the Discuss toggle (none on the home page).
    expect(parts!.discussToggle !== null).toBe(
      fixture.startsWith('editor-') && fixture !== 'editor-tiptap.html',
    );
  });

  it('widens the box from the send-button row to the row with the Discuss toggle, not to the page', () => {
    const doc = load('editor-textarea.html');
    const parts = findComposer(doc)!;
    expect(parts.box.getAttribute('data-fixture')).toBe('box');
    expect(parts.box.contains(parts.discussToggle!)).toBe(true);
    // The code-search textarea elsewhere on the page is outside the box.
    expect(parts.box.querySelectorAll('textarea')).toHaveLength(1);
  });

  it('every placeholder selector in the list is well-formed and the used ones match', () => {
    const doc = load('editor-textarea.html');
    for (const sel of COMPOSER_INPUT_SELECTORS) expect(() => doc.querySelector(sel)).not.toThrow();
    expect(COMPOSER_INPUT_SELECTORS.some((s) => s.includes(PLACEHOLDER_BUILD))).toBe(true);
    expect(COMPOSER_INPUT_SELECTORS.some((s) => s.includes(PLACEHOLDER_DISCUSS))).toBe(true);
  });

  it('ignores unrelated textareas (code search) when the composer exists', () => {
    const parts = findComposer(load('editor-textarea.html'));
    expect(parts!.input.getAttribute('placeholder')).toBe(PLACEHOLDER_BUILD);
  });

  it('finds nothing on a page without a composer, despite another textarea', () => {
    expect(findComposer(load('editor-preview-no-composer.html'))).toBeNull();
  });

  it('the home page box is found without taking the header search field', () => {
    const parts = findComposer(load('home-new-app.html'));
    expect(parts!.input.tagName).toBe('TEXTAREA');
    expect(parts!.discussToggle).toBeNull();
  });
});

describe('Discuss toggle and mode', () => {
  it.each([
    ['editor-textarea.html', false],
    ['editor-textarea-discuss.html', true],
    ['editor-contenteditable.html', false],
    ['editor-tiptap.html', true],
  ])('%s → discuss %s', (fixture, discuss) => {
    const parts = findComposer(load(fixture))!;
    expect(isDiscussMode(parts)).toBe(discuss);
  });

  it('finds the toggle by its label in the bottom row, not the Visual Edit button', () => {
    const toggle = findDiscussToggle(load('editor-textarea.html'));
    expect(toggle?.textContent?.trim()).toBe('Discuss');
    expect(toggle?.getAttribute('data-state')).toBe('off');
  });

  it('reads Radix data-state and aria-pressed', () => {
    const doc = load('editor-textarea.html');
    const toggle = findDiscussToggle(doc)!;
    expect(isToggleOn(toggle)).toBe(false);
    toggle.setAttribute('data-state', 'on');
    expect(isToggleOn(toggle)).toBe(true);
    const pressed = findDiscussToggle(load('editor-contenteditable.html'))!;
    pressed.setAttribute('aria-pressed', 'true');
    expect(isToggleOn(pressed)).toBe(true);
  });
});

describe('composer text', () => {
  it('reads a textarea value and a contenteditable text', () => {
    const doc = load('editor-textarea.html');
    const ta = findComposer(doc)!.input as HTMLTextAreaElement;
    ta.value = 'Add a dark mode toggle';
    expect(composerText(ta)).toBe('Add a dark mode toggle');
    expect(composerText(findComposer(load('editor-contenteditable.html'))!.input).trim()).toBe(
      'Make the header blue',
    );
  });
});

describe('messages', () => {
  it('finds message-{uuid} elements and tells the user message from the reply', () => {
    const messages = [...load('editor-textarea.html').querySelectorAll(MESSAGE_SELECTOR)];
    expect(messages).toHaveLength(2);
    expect(messages.map(isUserMessage)).toEqual([true, false]);
  });
});
