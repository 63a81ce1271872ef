import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageIsDark } from '../../../lib/content/chip-view';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('pageIsDark', () => {
  it.each([
    ['<html class="dark"><body></body></html>', false, true],
    ['<html><body class="dark"></body></html>', false, true],
    ['<html class="light"><body></body></html>', true, false],
    ['<html><body></body></html>', true, true],
    ['<html><body></body></html>', false, false],
  ])('%s with system dark=%s → %s', (html, prefersDark, dark) => {
    expect(pageIsDark(doc(html), prefersDark)).toBe(dark);
  });
});
