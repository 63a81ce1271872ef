import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../lib/background/status-messages';
import { CHIP_MESSAGES } from '../../../lib/i18n/chip-messages';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { manifestMessages } from '../../../lib/i18n/manifest-messages';
import { placeholders, type Message } from '../../../lib/i18n/translate';
import { UI_MESSAGES } from '../../../lib/i18n/ui-all';

const CATALOGUES = { chip: CHIP_MESSAGES, ui: UI_MESSAGES } as Record<
  string,
  Record<Locale, Record<string, Message>>
>;
const OTHERS = LOCALES.filter((l) => l !== 'en');

describe.each(Object.keys(CATALOGUES))('the %s catalogue', (name) => {
  const cats = CATALOGUES[name]!;
  const keys = Object.keys(cats.en).sort();

  it.each(OTHERS)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(cats[locale]).sort()).toEqual(keys);
  });

  it.each(OTHERS)('%s uses the same placeholders as English in every message', (locale) => {
    const mismatches = keys.filter(
      (k) => placeholders(cats[locale][k]!).join() !== placeholders(cats.en[k]!).join(),
    );
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)('%s: plural messages have every form the language needs, and no others', (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
    for (const [key, msg] of Object.entries(cats[locale])) {
      if (typeof msg === 'string') continue;
      expect({ key, forms: Object.keys(msg).sort() }).toEqual({ key, forms: needed });
    }
  });

  it.each(LOCALES)('%s: no message is empty or still says TODO', (locale) => {
    for (const [key, msg] of Object.entries(cats[locale])) {
      const forms = typeof msg === 'string' ? [msg] : Object.values(msg);
      for (const form of forms)
        expect({ key, empty: !form.trim() || /TODO/.test(form) }).toEqual({ key, empty: false });
    }
  });

  it('plural messages in English are plural everywhere, and strings stay strings', () => {
    for (const locale of OTHERS)
      for (const k of keys)
        expect({ k, locale, plural: typeof cats[locale][k] === 'object' }).toEqual({
          k,
          locale,
          plural: typeof cats.en[k] === 'object',
        });
  });
});

describe('catalogue cross-checks', () => {
  it("the English status texts are the background's own MESSAGES, word for word", () => {
    for (const [k, text] of Object.entries(MESSAGES))
      expect(UI_MESSAGES.en[`msg.${k}` as 'msg.ok']).toBe(text);
  });

  it.each(LOCALES)(
    'public/_locales/%s/messages.json matches the catalogue (npm run i18n:manifest)',
    (locale) => {
      const file = join(__dirname, '../../../public/_locales', locale, 'messages.json');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(manifestMessages(locale));
    },
  );

  it.each(LOCALES)("%s: the store's limits on name (75) and description (132) hold", (locale) => {
    const m = manifestMessages(locale);
    expect(m.extName.message.length).toBeLessThanOrEqual(75);
    expect(m.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});
