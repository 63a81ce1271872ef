/**
 * Every anchor the extension uses on Base44's builder page, in one place. Evidence for each is in
 * ../shared/base44-facts.md ("The builder page"): public extensions, userscripts and screenshots,
 * 2025–2026. Base44 is React + Tailwind + Radix, so class names are never used as anchors; aria
 * labels, roles, titles and placeholder text come first, structure last. Route patterns live in
 * ./urls.ts.
 *
 * Each selector has a fixture in test/unit/base44/selectors.fixtures/ proving it matches.
 */

/** Input placeholders (base44-facts.md: "Composer … placeholder"). Build mode, then Discuss mode. */
export const PLACEHOLDER_BUILD = 'What would you like to change?';
export const PLACEHOLDER_DISCUSS = 'What would you like to discuss?';
export const COMPOSER_PLACEHOLDERS = [PLACEHOLDER_BUILD, PLACEHOLDER_DISCUSS] as const;

/**
 * The send button, most specific first (base44-facts.md: `button[aria-label="Send message"]`,
 * "also `title="Send message"`", top right in the composer).
 */
export const SEND_BUTTON_SELECTORS = [
  'button[aria-label="Send message"]',
  'button[title="Send message"]',
] as const;

/** Placeholder-bearing attributes: textarea `placeholder`; editors put it in these on a contenteditable. */
const PLACEHOLDER_ATTRIBUTES = ['placeholder', 'aria-placeholder', 'data-placeholder'] as const;

/**
 * Composer inputs, in fallback order. The facts do not say whether the input is a `<textarea>` or
 * a contenteditable ("support both"), so each placeholder is tried on both, then any textbox that
 * shares a box with the send button.
 */
export const COMPOSER_INPUT_SELECTORS: readonly string[] = [
  ...COMPOSER_PLACEHOLDERS.flatMap((text) =>
    PLACEHOLDER_ATTRIBUTES.flatMap((attr) => [
      `textarea[${attr}="${text}"]`,
      `[contenteditable="true"][${attr}="${text}"]`,
      `[contenteditable=""][${attr}="${text}"]`,
    ]),
  ),
];

/** Last-resort inputs: searched only inside a box that holds the send button. */
const GENERIC_INPUT_SELECTOR = 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]';

/**
 * The Discuss toggle (base44-facts.md: 'a **"Discuss"** toggle (a button with `data-state`)' in the
 * composer's bottom row; exact markup unknown). Matched by its label, never by its violet classes.
 */
export const DISCUSS_LABEL = 'discuss';

/** Chat messages carry `id="message-{uuid}"` (base44-facts.md "Messages"). */
export const MESSAGE_SELECTOR = '[id^="message-"]';

/** A user's own message contains a `.justify-end` element (base44-facts.md "Messages"). */
export const USER_MESSAGE_MARKER = '.justify-end';

/**
 * Open menus and popovers (Radix: `role="menu"`, `data-state="open"`): the logo menu with the credits
 * left, and a reply's "More Actions" with "Credits Used" (base44-facts.md, "The builder page").
 */
export const OPEN_MENU_SELECTOR = '[role="menu"]:not([hidden]), [data-state="open"][role="dialog"]';

/** How far up from the input to look for the box that also holds the send button. */
const MAX_BOX_DEPTH = 8;

export interface ComposerParts {
  input: HTMLElement;
  /** The smallest ancestor that holds both the input and the send button (or the input's parent). */
  box: HTMLElement;
  sendButton: HTMLButtonElement | null;
  discussToggle: HTMLElement | null;
  /** Which rule found the input, for health reports and tests. */
  via: string;
}

/** The send button inside `root`, by the selectors above in order. */
export function findSendButton(root: ParentNode): HTMLButtonElement | null {
  for (const sel of SEND_BUTTON_SELECTORS) {
    const el = root.querySelector<HTMLButtonElement>(sel);
    if (el) return el;
  }
  return null;
}

/** A button or switch in `root` whose label or text is "Discuss". */
export function findDiscussToggle(root: ParentNode): HTMLElement | null {
  const candidates = root.querySelectorAll<HTMLElement>('button, [role="switch"], [role="button"]');
  for (const el of candidates) {
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
    if (label === DISCUSS_LABEL || label.startsWith(DISCUSS_LABEL + ' ')) return el;
  }
  return null;
}

/** Whether the Discuss toggle is on: Radix's `data-state="on"`/`"checked"`, or `aria-pressed/checked`. */
export function isToggleOn(el: Element): boolean {
  const state = el.getAttribute('data-state');
  if (state === 'on' || state === 'checked' || state === 'active') return true;
  return el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-checked') === 'true';
}

function placeholderOf(el: Element): string | null {
  for (const attr of PLACEHOLDER_ATTRIBUTES) {
    const v = el.getAttribute(attr);
    if (v) return v;
  }
  return null;
}

/** Discuss mode: the toggle says so, or the input shows the Discuss placeholder. */
export function isDiscussMode(parts: Pick<ComposerParts, 'input' | 'discussToggle'>): boolean {
  if (parts.discussToggle) return isToggleOn(parts.discussToggle);
  const inner = parts.input.querySelector('[data-placeholder]');
  return (placeholderOf(parts.input) ?? (inner && placeholderOf(inner))) === PLACEHOLDER_DISCUSS;
}

/** Walk up from the input to the smallest ancestor that also holds the send button. */
function boxFor(input: HTMLElement): { box: HTMLElement; sendButton: HTMLButtonElement | null } {
  let node: HTMLElement | null = input.parentElement;
  for (let depth = 0; node && depth < MAX_BOX_DEPTH; depth++) {
    const send = findSendButton(node);
    if (send) return { box: node, sendButton: send };
    if (node.tagName === 'FORM' || node.tagName === 'BODY') break;
    node = node.parentElement;
  }
  return { box: input.parentElement ?? input, sendButton: null };
}

/** How far above the send button's box the bottom row (with the Discuss toggle) may sit. */
const MAX_TOGGLE_DEPTH = 3;

/**
 * The send button may share a row with the input while the Discuss toggle sits in a sibling row:
 * widen the box to the nearest ancestor holding the toggle, as long as it holds no other input.
 */
function widenToToggle(box: HTMLElement): { box: HTMLElement; toggle: HTMLElement | null } {
  let node: HTMLElement | null = box;
  for (let depth = 0; node && depth <= MAX_TOGGLE_DEPTH; depth++) {
    if (node.querySelectorAll(GENERIC_INPUT_SELECTOR).length > 1) break;
    const toggle = findDiscussToggle(node);
    if (toggle) return { box: node, toggle };
    if (node.tagName === 'FORM' || node.tagName === 'BODY') break;
    node = node.parentElement;
  }
  return { box, toggle: null };
}

function partsFor(input: HTMLElement, via: string): ComposerParts {
  const found = boxFor(input);
  const { box, toggle } = found.sendButton ? widenToToggle(found.box) : { box: found.box, toggle: null };
  return { input, box, sendButton: found.sendButton, discussToggle: toggle, via };
}

/**
 * Find the builder's composer in `root`: by placeholder first (textarea, then contenteditable),
 * else the first textbox sharing a box with the send button. Null when none can be found.
 */
export function findComposer(root: ParentNode): ComposerParts | null {
  for (const sel of COMPOSER_INPUT_SELECTORS) {
    const input = root.querySelector<HTMLElement>(sel);
    if (input) return partsFor(input, sel);
  }
  // Rich editors (Tiptap/ProseMirror) put the placeholder on an empty paragraph inside the editor.
  for (const text of COMPOSER_PLACEHOLDERS) {
    const inner = root.querySelector(`[contenteditable] [data-placeholder="${text}"]`);
    const input = inner?.closest<HTMLElement>('[contenteditable]');
    if (input) return partsFor(input, `[contenteditable] [data-placeholder="${text}"]`);
  }
  const send = findSendButton(root);
  if (!send) return null;
  let node: HTMLElement | null = send.parentElement;
  for (let depth = 0; node && depth < MAX_BOX_DEPTH; depth++) {
    const input = node.querySelector<HTMLElement>(GENERIC_INPUT_SELECTOR);
    if (input) return partsFor(input, 'send-button box');
    node = node.parentElement;
  }
  return null;
}

/** The text a person has typed into the composer. */
export function composerText(input: HTMLElement): string {
  if (input.tagName === 'TEXTAREA') return (input as HTMLTextAreaElement).value;
  // innerText keeps line breaks between blocks in a real browser; textContent is the fallback.
  return (input.innerText ?? input.textContent ?? '').replace(/\u00a0/g, ' ');
}

/** Whether a message element is the user's own prompt rather than the AI's reply. */
export function isUserMessage(message: Element): boolean {
  return message.querySelector(USER_MESSAGE_MARKER) !== null;
}
