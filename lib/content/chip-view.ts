/**
 * The estimate chip, in plain DOM inside an open shadow root (no framework: the content script
 * must stay small). The host element carries the contract outside tests rely on:
 * `data-testid="credit-estimate"`, `data-credits`, `data-scope`, `data-state`, `data-warning`, and
 * `data-display` (full | compact | hidden).
 */
import type { ChipModel } from './chip-model';

export const CHIP_TESTID = 'credit-estimate';
export const CONFIRM_TESTID = 'send-confirm';

// Pop-ups open from the chip's end edge toward the start (leftwards in English, rightwards in
// Hebrew): the chip ends the composer's row, and the chat column is narrow. Logical properties
// only, so the host's `dir` turns the whole chip around.
const STYLE = `
:host{all:initial;display:inline-flex;position:relative;vertical-align:middle;margin-inline:2px;
  min-width:0;flex:0 1 auto;max-width:100%;
  font:500 12px/1.4 ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif;
  --fg:#374151;--bg:#f9fafb;--bd:#e5e7eb;--muted:#6b7280;--near:#b45309;--near-bg:#fffbeb;
  --over:#b91c1c;--over-bg:#fef2f2;--pop:#ffffff;--btn:#7c3aed;--btn-fg:#fff}
:host([data-theme=dark]){--fg:#e5e7eb;--bg:#1f2937;--bd:#374151;--muted:#9ca3af;--near:#fbbf24;
  --near-bg:#332a12;--over:#fca5a5;--over-bg:#3b1717;--pop:#111827;--btn:#8b5cf6}
.chip{display:inline-flex;align-items:center;gap:0;max-width:100%;padding:2px 7px;border-radius:999px;
  border:1px solid var(--bd);background:var(--bg);color:var(--fg);white-space:nowrap;overflow:hidden;
  text-overflow:ellipsis;cursor:default;outline:none}
.chip:focus-visible{box-shadow:0 0 0 2px var(--btn)}
:host([data-state=near]) .chip{color:var(--near);background:var(--near-bg);border-color:currentColor}
:host([data-state=over]) .chip{color:var(--over);background:var(--over-bg);border-color:currentColor}
:host([data-display=hidden]){margin:0}
:host([data-display=hidden]) .chip,:host([data-display=hidden]) .pop{display:none}
.fig{display:block;flex:none}
.rest{display:block;flex:0 1 auto;min-width:0;max-width:220px;overflow:hidden;text-overflow:ellipsis}
.pop{display:none;position:absolute;bottom:calc(100% + 6px);inset-inline-end:0;z-index:2147483000;min-width:220px;
  max-width:300px;padding:8px 10px;border-radius:8px;border:1px solid var(--bd);background:var(--pop);
  color:var(--fg);box-shadow:0 4px 16px rgba(0,0,0,.15);white-space:normal;font-weight:400;
  pointer-events:none}
.pop p{margin:0 0 2px;text-align:start}
.pop p:last-child{margin:0;color:var(--muted)}
:host(:hover) .pop,.chip:focus+.pop{display:block}
.confirm{position:absolute;bottom:calc(100% + 6px);inset-inline-end:0;z-index:2147483001;width:260px;padding:10px;
  border-radius:8px;border:1px solid var(--over);background:var(--pop);color:var(--fg);
  box-shadow:0 4px 16px rgba(0,0,0,.2);white-space:normal}
.confirm[hidden]{display:none}
.confirm p{margin:0 0 8px}
.confirm button{font:inherit;padding:3px 10px;border-radius:6px;border:1px solid var(--bd);
  background:var(--bg);color:var(--fg);cursor:pointer;margin-inline-end:6px}
.confirm button.send{background:var(--btn);border-color:var(--btn);color:var(--btn-fg)}
`;

export interface ChipView {
  host: HTMLElement;
  render(model: ChipModel): void;
  showConfirm(message: string, onSend: () => void, onCancel: () => void): void;
  hideConfirm(): void;
  confirmShown(): boolean;
  setTheme(dark: boolean): void;
}

export function createChipView(doc: Document): ChipView {
  const host = doc.createElement('credit-meter-chip');
  host.setAttribute('data-testid', CHIP_TESTID);
  const root = host.attachShadow({ mode: 'open' });

  const style = doc.createElement('style');
  style.textContent = STYLE;

  // The chip is reachable by keyboard (tabindex 0) but never focuses itself.
  const chip = doc.createElement('span');
  chip.className = 'chip';
  chip.tabIndex = 0;
  chip.setAttribute('role', 'status');
  chip.setAttribute('aria-live', 'polite');
  chip.setAttribute('aria-describedby', 'cm-details');
  // The visible line lives in the host's light DOM, shown through slots, so the host's own text
  // (innerText/textContent) carries the figure for anyone reading the page. The figure and the rest
  // are apart so a narrow chat column ellipsises the scope words, never the figure.
  const fig = doc.createElement('span');
  fig.slot = 'fig';
  const rest = doc.createElement('span');
  rest.slot = 'rest';
  host.append(fig, rest);
  for (const name of ['fig', 'rest']) {
    const slot = doc.createElement('slot');
    slot.name = name;
    slot.className = name;
    chip.append(slot);
  }

  const pop = doc.createElement('div');
  pop.className = 'pop';
  pop.id = 'cm-details';
  pop.setAttribute('role', 'tooltip');

  const confirm = doc.createElement('div');
  confirm.className = 'confirm';
  confirm.hidden = true;
  confirm.setAttribute('data-testid', CONFIRM_TESTID);
  confirm.setAttribute('role', 'alertdialog');
  confirm.setAttribute('aria-live', 'assertive');
  const confirmText = doc.createElement('p');
  const sendBtn = doc.createElement('button');
  sendBtn.type = 'button';
  sendBtn.className = 'send';
  sendBtn.textContent = 'Send anyway';
  const cancelBtn = doc.createElement('button');
  cancelBtn.type = 'button';
  cancelBtn.textContent = 'Cancel';
  confirm.append(confirmText, sendBtn, cancelBtn);

  root.append(style, chip, pop, confirm);

  // Clicks inside the chip must not reach the builder's composer handlers (e.g. focus stealing).
  for (const type of ['mousedown', 'click', 'keydown'] as const) {
    root.addEventListener(type, (e) => e.stopPropagation());
  }

  let handlers: { onSend: () => void; onCancel: () => void } | null = null;
  sendBtn.addEventListener('click', () => handlers?.onSend());
  cancelBtn.addEventListener('click', () => handlers?.onCancel());
  confirm.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') handlers?.onCancel();
  });

  let lastText = '';
  let lastDetails = '';

  return {
    host,
    render(model) {
      host.setAttribute('data-credits', String(model.credits));
      host.setAttribute('data-scope', model.scope);
      host.setAttribute('data-state', model.state);
      host.setAttribute('data-warning', model.warning);
      // The page's language and direction: Hebrew words read right to left, and the pop-ups open
      // toward the inside of a right-to-left chat column.
      if (host.getAttribute('lang') !== model.locale) host.setAttribute('lang', model.locale);
      if (host.getAttribute('dir') !== model.dir) host.setAttribute('dir', model.dir);
      sendBtn.textContent = model.labels.send;
      cancelBtn.textContent = model.labels.cancel;
      // Touch the live region only when the words change, so screen readers are not spammed.
      if (host.getAttribute('data-display') !== model.display)
        host.setAttribute('data-display', model.display);
      // Compact shows the figure only; the details still hold the rest.
      const shown = model.display === 'compact' ? model.text.slice(0, model.figureLength) : model.text;
      if (shown !== lastText) {
        lastText = shown;
        fig.textContent = shown.slice(0, model.figureLength);
        rest.textContent = shown.slice(model.figureLength);
      }
      const details = model.details.join('\n');
      if (details !== lastDetails) {
        lastDetails = details;
        pop.replaceChildren(
          ...model.details.map((line) => {
            const p = doc.createElement('p');
            p.textContent = line;
            return p;
          }),
        );
      }
    },
    showConfirm(message, onSend, onCancel) {
      handlers = { onSend, onCancel };
      confirmText.textContent = message;
      confirm.hidden = false;
    },
    hideConfirm() {
      handlers = null;
      confirm.hidden = true;
    },
    confirmShown() {
      return !confirm.hidden;
    },
    setTheme(dark) {
      const theme = dark ? 'dark' : 'light';
      if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
    },
  };
}

/** The builder's theme: its `dark`/`light` class on <html> or <body>, else the system preference. */
export function pageIsDark(doc: Document, prefersDark: boolean): boolean {
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    if (el.classList.contains('dark')) return true;
    if (el.classList.contains('light')) return false;
  }
  return prefersDark;
}
