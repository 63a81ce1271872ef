/**
 * Page text: reads credits from what the builder shows when the user opens it — the logo menu, the Credit usage
 * page, a reply's "Credits Used" — and reports each distinct figure once. Text only; no request is
 * made and nothing on the page is touched. Runs after each composer scan (page changes, the poll).
 */
import { parseCreditsUsed, parseTextBalance } from '../../base44/page-text';
import { isUserMessage, MESSAGE_SELECTOR, OPEN_MENU_SELECTOR } from '../../base44/selectors';
import { CREDIT_USAGE_URL } from '../../base44/urls';
import type { PageText } from '../../messaging/protocol';
import type { ComposerWatch } from '../composer-watch';
import type { ContentEnv } from '../env';

const MESSAGE_ID = /^message-([A-Za-z0-9_-]{1,64})$/;
/** Menus looked at per scan: a page with more is not showing a credits menu. */
const MAX_MENUS = 40;

function visible(el: Element): boolean {
  return !(el as HTMLElement).hidden && el.getAttribute('data-state') !== 'closed';
}

/** The user message a reply answers: the nearest earlier message that is the user's own. */
function userMessageBefore(reply: Element): string | null {
  for (let el = reply.previousElementSibling; el; el = el.previousElementSibling) {
    if (!el.matches(MESSAGE_SELECTOR)) continue;
    if (isUserMessage(el)) return MESSAGE_ID.exec(el.id)?.[1] ?? null;
  }
  return null;
}

export function createPageTextReader(doc: Document, url: () => string, send: (t: PageText) => void) {
  let lastBalance = '';
  const sentCosts = new Set<string>();

  const report = (text: PageText, key: string): boolean => {
    if (key === lastBalance || sentCosts.has(key)) return false;
    if (text.kind === 'textBalance') lastBalance = key;
    else sentCosts.add(key);
    send(text);
    return true;
  };

  return {
    scan(): void {
      const sources: Element[] = [...doc.querySelectorAll(OPEN_MENU_SELECTOR)].slice(0, MAX_MENUS);
      if (url().startsWith(CREDIT_USAGE_URL) && doc.body) sources.push(doc.querySelector('main') ?? doc.body);
      for (const el of sources) {
        if (!visible(el)) continue;
        const text = el.textContent ?? '';
        const reply = el.closest(MESSAGE_SELECTOR);
        if (reply) {
          const cost = parseCreditsUsed(text);
          const messageId = userMessageBefore(reply);
          if (cost !== null && messageId)
            report({ kind: 'creditsUsed', messageId, cost }, `${messageId}:${cost}`);
          continue;
        }
        const balance = parseTextBalance(text);
        if (balance) report({ kind: 'textBalance', ...balance }, JSON.stringify(balance));
      }
    },
  };
}

export function initPageText(
  env: ContentEnv,
  signal: AbortSignal,
  { composer }: { composer: ComposerWatch },
): void {
  const reader = createPageTextReader(
    env.doc,
    () => env.win.location.href,
    (t) => void env.pageText(t).catch(() => undefined),
  );
  composer.onScan(() => {
    if (!signal.aborted) reader.scan();
  });
}
