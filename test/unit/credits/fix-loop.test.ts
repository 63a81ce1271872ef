import { describe, expect, it } from 'vitest';
import { fixCue, fixLoopVerdict, isFixPrompt, rowIsFix } from '../../../lib/credits/fix-loop';
import { FIX_CUES } from '../../../lib/credits/fix-words';
import { HOUR, MIN, T0, row } from './ledger-fixture';

describe('isFixPrompt', () => {
  it.each([
    // English
    ['en', 'The login button is broken', true],
    ['en', 'fix the date picker please', true],
    ['en', 'Checkout still shows the old price', true],
    ['en', "The form doesn't work on mobile", true],
    ['en', 'The form doesn’t work on mobile', true],
    ['en', 'Saving is not working', true],
    ['en', 'There is a bug in the cart total', true],
    ['en', 'revert the last change', true],
    ['en', 'Add a dark mode toggle to the header', false],
    ['en', 'Show an error message when the email is invalid', false],
    ['en', 'Create a bookings page with a calendar', false],
    ['en', 'Make the header a fixed header on scroll', false],
    // Pasted traces
    ['trace', 'TypeError: Cannot read properties of undefined (reading "map")', true],
    ['trace', 'Uncaught ReferenceError: user is not defined', true],
    ['trace', 'this happens:\n    at Dashboard (Dashboard.jsx:42:17)', true],
    // Spanish
    ['es', 'El botón de pago no funciona', true],
    ['es', 'Arregla el formulario de registro', true],
    ['es', 'Todavía aparece el precio viejo', true],
    ['es', 'Muestra un mensaje de error si el correo es inválido', false],
    ['es', 'Agrega una página de contacto', false],
    // Portuguese
    ['pt', 'O botão de salvar não funciona', true],
    ['pt', 'Corrija o erro no carrinho', true],
    ['pt', 'A página quebrou de novo', true],
    ['pt', 'Adicione um campo de telefone ao cadastro', false],
    // French
    ['fr', "Corrige l'affichage du panier", true],
    ['fr', 'Le bouton ne marche pas', true],
    ['fr', 'Il y a une erreur dans le total', true],
    ['fr', "Affiche un message d'erreur si le champ est vide", false],
    ['fr', 'Ajoute une page de profil', false],
    // German
    ['de', 'Der Login funktioniert nicht', true],
    ['de', 'Behebe den Fehler im Warenkorb', true],
    ['de', 'Die Seite ist immer noch leer', true],
    ['de', 'Zeige eine Fehlermeldung bei falscher E-Mail', false],
    ['de', 'Füge eine Kontaktseite hinzu', false],
    // Hebrew
    ['he', 'הכפתור לא עובד', true],
    ['he', 'יש באג בעגלת הקניות', true],
    ['he', 'תתקן את הטופס', true],
    ['he', 'הדף עדיין ריק', true],
    ['he', 'תוסיף טופס משוב לדף הבית', false],
    ['he', 'זה חשוב: תוסיף דף אודות', false],
    // Japanese
    ['ja', 'ログインボタンが動かない', true],
    ['ja', 'カートにバグがあります', true],
    ['ja', 'エラーが出ます、直してください', true],
    ['ja', 'お問い合わせページを追加して', false],
    ['ja', '未ログインのユーザーは投稿できないようにして', false],
    // Nothing
    ['-', '', false],
  ])('%s: %s → %s', (_lang, text, fix) => {
    expect(isFixPrompt(text)).toBe(fix);
  });

  it('names the cue it found', () => {
    expect(fixCue('it still crashes')).toBe('still');
    expect(fixCue("it doesn't work")).toBe("doesn't work");
    expect(fixCue('TypeError: x is undefined')).toBe('TypeError');
    expect(fixCue(null)).toBeNull();
  });

  it('has cues for every language the estimator knows', () => {
    for (const lang of ['en', 'es', 'pt', 'fr', 'de', 'he', 'ja']) {
      const cues = FIX_CUES[lang]!;
      expect(cues.words.length + (cues.substrings?.length ?? 0)).toBeGreaterThan(3);
    }
  });
});

describe('rowIsFix', () => {
  it.each([
    ['the stored flag wins', row({ fix: true, excerpt: 'add a page' }), true],
    ['a false flag wins too', row({ fix: false, excerpt: 'fix it' }), false],
    ['an old row falls back to its excerpt', row({ excerpt: 'the chart is broken again' }), true],
    ['no flag and no excerpt: unknown', row({ excerpt: null }), null],
  ])('%s', (_name, r, expected) => {
    expect(rowIsFix(r)).toBe(expected);
  });
});

describe('fixLoopVerdict', () => {
  const now = T0 + 2 * HOUR;
  const fixDraft = { text: 'The save button still does nothing', mode: 'build' as const, appId: 'app-a' };
  /** Build prompts on app-a at these minutes before now, fix or not, 0.5 credits estimated each. */
  function history(spec: [minutesAgo: number, fix: boolean][], over: Parameters<typeof row>[0] = {}) {
    return spec.map(([ago, fix]) =>
      row({ at: now - ago * MIN, settledAt: now - ago * MIN + MIN, fix, estimate: 0.5, ...over }),
    );
  }

  it.each([
    [
      'three fixes in a row, then a fix',
      [
        [30, true],
        [20, true],
        [10, true],
      ],
      true,
      'streak',
      3,
    ],
    [
      'two fixes are not yet a loop',
      [
        [20, true],
        [10, true],
      ],
      false,
      null,
      2,
    ],
    [
      'a new feature in between breaks the streak',
      [
        [30, true],
        [20, false],
        [10, true],
      ],
      false,
      null,
      1,
    ],
    [
      'the streak counts only the current session',
      [
        [200, true],
        [100, true],
        [10, true],
      ],
      false,
      null,
      1,
    ],
    [
      'four fixes still warn',
      [
        [40, true],
        [30, true],
        [20, true],
        [10, true],
      ],
      true,
      'streak',
      4,
    ],
  ] as const)('%s', (_name, spec, warn, rule, streak) => {
    const v = fixLoopVerdict(fixDraft, history(spec.map(([a, f]) => [a, f])), now);
    expect(v.warn).toBe(warn);
    expect(v.rule).toBe(rule);
    expect(v.streak).toBe(streak);
  });

  it('warns when fixes cost more than 3 credits in the last hour, even without a streak', () => {
    const rows = [
      row({ at: now - 50 * MIN, fix: true, estimate: 1, actual: 2, actualSource: 'builderText' }),
      row({ at: now - 40 * MIN, fix: false, estimate: 1 }),
      row({ at: now - 20 * MIN, fix: true, estimate: 1.5 }),
      row({ at: now - 90 * MIN, fix: true, estimate: 5 }), // outside the hour
    ];
    const v = fixLoopVerdict(fixDraft, rows, now);
    expect(v.fixCredits).toBeCloseTo(3.5);
    expect(v.rule).toBe('credits');
    // Exactly 3 is not "more than 3"; a higher limit silences it.
    expect(
      fixLoopVerdict(fixDraft, rows.slice(0, 1).concat(row({ at: now - MIN, fix: true, estimate: 1 })), now)
        .warn,
    ).toBe(false);
    expect(fixLoopVerdict(fixDraft, rows, now, { credits: 4 }).warn).toBe(false);
  });

  it('does not warn when the draft is not a fix, or is written in Discuss mode', () => {
    const rows = history([
      [30, true],
      [20, true],
      [10, true],
    ]);
    const feature = fixLoopVerdict({ ...fixDraft, text: 'Add a search box to the list' }, rows, now);
    expect(feature.warn).toBe(false);
    expect(feature.streak).toBe(3); // the facts are still reported
    expect(fixLoopVerdict({ ...fixDraft, mode: 'discuss' }, rows, now).warn).toBe(false);
  });

  it('a Discuss prompt breaks the streak; answers and paywalled turns are neutral', () => {
    const base = history([
      [30, true],
      [20, true],
      [10, true],
    ]);
    const discussed = [...base, row({ at: now - 5 * MIN, mode: 'discuss', fix: true, estimate: 0.3 })];
    expect(fixLoopVerdict(fixDraft, discussed, now).streak).toBe(0);
    const answered = [...base, row({ at: now - 5 * MIN, mode: 'answer', fix: false })];
    expect(fixLoopVerdict(fixDraft, answered, now).streak).toBe(3);
    const paywalled = [...base, row({ at: now - 5 * MIN, fix: false, state: 'paywalled' })];
    expect(fixLoopVerdict(fixDraft, paywalled, now).streak).toBe(3);
  });

  it('an unknown row ends the streak; old rows are read through their excerpt', () => {
    const unknown = [
      ...history([
        [30, true],
        [20, true],
      ]),
      row({ at: now - 10 * MIN, excerpt: null, settledAt: now - 9 * MIN }),
    ];
    expect(fixLoopVerdict(fixDraft, unknown, now).streak).toBe(0);
    const excerpts = ['the chart is broken', 'still broken', 'TypeError: x is undefined'].map((text, i) =>
      row({ at: now - (30 - i * 10) * MIN, excerpt: text, settledAt: now - (29 - i * 10) * MIN }),
    );
    expect(fixLoopVerdict(fixDraft, excerpts, now).rule).toBe('streak');
  });

  it('looks only at the draft’s app, and honours a configured streak', () => {
    const rows = [
      ...history([
        [30, true],
        [20, true],
      ]),
      ...history([[10, true]], { appId: 'app-b' }),
    ];
    expect(fixLoopVerdict(fixDraft, rows, now).streak).toBe(2);
    expect(fixLoopVerdict(fixDraft, rows, now, { streak: 2 }).rule).toBe('streak');
  });

  it('gives the same verdict whatever order the rows come in', () => {
    const rows = history([
      [50, false],
      [30, true],
      [20, true],
      [10, true],
    ]);
    const v = fixLoopVerdict(fixDraft, rows, now);
    expect(fixLoopVerdict(fixDraft, [...rows].reverse(), now)).toEqual(v);
    expect(fixLoopVerdict(fixDraft, [rows[2]!, rows[0]!, rows[3]!, rows[1]!], now)).toEqual(v);
  });
});
