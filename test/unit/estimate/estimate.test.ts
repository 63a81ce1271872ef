import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../lib/estimate/estimate';
import { RUBRIC } from '../../../lib/estimate/rubric';
import type { Scope } from '../../../lib/estimate/types';

describe('estimate: the rubric’s own examples (Base44 credits doc)', () => {
  it.each<[string, Scope, number]>([
    ["Change this button's background to red", 'simple', 0.5],
    ['Increase the padding on this section', 'simple', 0.5],
    ['Fix the validation on this form', 'feature', 1],
    ['Update the logic for this button click', 'feature', 1],
    [
      'Add an employee time-tracking feature with a form, data entities, and an admin review page',
      'module',
      2,
    ],
    ['translate the whole app', 'broad', 3],
    ['rebuild this page for mobile', 'broad', 3],
  ])('%s → %s', (text, scope, credits) => {
    const e = estimate(text);
    expect(e.scope).toBe(scope);
    expect(e.credits).toBe(credits);
    expect(e.reasons.length).toBeGreaterThan(0);
  });
});

describe('estimate: scope, not length', () => {
  it('a long, polite request to recolour one badge is simple', () => {
    const text =
      'Hi! Hope you are doing well. I have been looking at the dashboard for a while and I think the ' +
      'little "New" badge next to the inbox title would look much better if it were a soft green ' +
      'instead of the current orange. Could you please change just that badge colour? Nothing else ' +
      'needs to change, and thank you so much for all the help with this project so far!';
    expect(text.length).toBeGreaterThan(300);
    expect(estimate(text).scope).toBe('simple');
  });

  it.each(['Translate the app', 'Add dark mode', 'Make it responsive', 'Rebrand everything'])(
    'a short prompt with app-wide reach is broad: %s',
    (text) => {
      expect(estimate(text).scope).toBe('broad');
    },
  );

  it.each<[string, Scope]>([
    ['Make all the buttons on this card blue', 'simple'],
    ['Translate the button label to Spanish', 'simple'],
    ['Make the table scroll horizontally on mobile', 'feature'],
    ['Add a chat button to the header', 'feature'],
    ['Build an admin panel where staff can manage all products, orders and customers', 'module'],
    ['Add a dark mode toggle to the header', 'broad'],
  ])('app-wide words aimed at one place stay local: %s → %s', (text, scope) => {
    expect(estimate(text).scope).toBe(scope);
  });
});

describe('estimate: several changes in one prompt', () => {
  const one = estimate('Make the header blue').credits;

  it('a numbered list costs more than one change and less than separate prompts', () => {
    const steps = [
      'Make the header blue',
      'Add more padding to the cards',
      'Change the footer text to "Bye"',
    ];
    const separate = steps.map((s) => estimate(s).credits).reduce((a, b) => a + b, 0);
    const e = estimate(steps.map((s, i) => `${i + 1}. ${s}`).join('\n'));
    expect(e.credits).toBeGreaterThan(one);
    expect(e.credits).toBeLessThan(separate);
    expect(e.reasons[0]).toBe('3 changes in one prompt');
    expect(e.high).toBeCloseTo(
      steps.map((s) => estimate(s).high).reduce((a, b) => a + b, 0),
      5,
    );
  });

  it('bullets: the dearest change sets the scope', () => {
    const e = estimate(
      '- make the header blue\n- fix the validation on the signup form\n- translate the whole app',
    );
    expect(e.scope).toBe('broad');
    expect(e.credits).toBeGreaterThan(RUBRIC.broad.credits);
  });

  it('several imperative sentences count as several changes', () => {
    const e = estimate('Make the title bold. Change the button colour to red.');
    expect(e.scope).toBe('simple');
    expect(e.credits).toBeGreaterThan(one);
    expect(e.credits).toBeLessThan(2 * one);
  });

  it('a list that spells out one module is one module, not many changes', () => {
    const e = estimate(
      'Add an events module with:\n- an Event entity\n- a signup form\n- attendee list\n- check-in page',
    );
    expect(e.scope).toBe('module');
    expect(e.credits).toBe(RUBRIC.module.credits);
  });

  it('a sentence that only explains stays with its change', () => {
    expect(estimate('Make the header sticky. It scrolls away on long pages.').reasons[0]).not.toMatch(
      /changes/,
    );
  });
});

describe('estimate: questions, code, modes, edges', () => {
  it.each([
    'Why does the dashboard load so slowly?',
    'How do I connect my own domain?',
    'What does this error mean?',
  ])("a question in build mode is a discussion, at a build message's price: %s", (text) => {
    const e = estimate(text);
    expect(e.scope).toBe('discuss');
    expect(e.credits).toBe(RUBRIC.simple.credits);
    expect(e.reasons[0]).toMatch(/question/);
  });

  it('a request phrased as a question is still a request', () => {
    expect(estimate('Can you translate the whole app into German?').scope).toBe('broad');
    expect(estimate('Why does the total show NaN when the cart is empty? Please fix it').scope).toBe(
      'feature',
    );
  });

  it('pasted code does not inflate the scope', () => {
    const code = Array.from(
      { length: 80 },
      (_, i) => `  const row${i} = items.map((x) => ({ ...x, all: true }));`,
    ).join('\n');
    const e = estimate(`Make the button red. Here is the component:\n\`\`\`jsx\n${code}\n\`\`\``);
    expect(e.scope).toBe('simple');
    expect(e.reasons).toContain('pasted code read as context');
    const unfenced = estimate(
      `Fix this error:\nTypeError: x is undefined\n    at OrderList (OrderList.jsx:12:5)\n${code}`,
    );
    expect(unfenced.scope).toBe('feature');
  });

  it('quoted text is content, not instructions', () => {
    expect(estimate("Change the subtitle to 'Translate every page of the whole app'").scope).toBe('simple');
  });

  it.each(['', '   ', '\n\t  \n'])('empty or whitespace %j costs nothing', (text) => {
    const e = estimate(text);
    expect(e).toMatchObject({ scope: 'simple', credits: 0, low: 0, high: 0, reasons: ['nothing to send'] });
    expect(estimate(text, { mode: 'discuss' }).credits).toBe(0);
  });

  it('Discuss mode is 0.3 whatever the text', () => {
    for (const text of ['translate the whole app', 'hi', 'Add a CRM with contacts, deals and reports']) {
      expect(estimate(text, { mode: 'discuss' })).toMatchObject({
        scope: 'discuss',
        credits: 0.3,
        low: 0.3,
        high: 0.3,
      });
    }
  });

  it('a manual model factor scales the build estimate and says so', () => {
    const e = estimate('Add a filter by status to the tasks list', { modelFactor: 1.5 });
    expect(e.credits).toBe(1.5);
    expect(e.reasons.join(' ')).toMatch(/manual model ×1.5/);
    expect(estimate('hi', { mode: 'discuss', modelFactor: 2 }).credits).toBe(0.3);
  });

  it('a 100 kB prompt returns a valid estimate read from its start and end', () => {
    const filler = 'Some background about the bakery orders app and how the team uses it every morning. ';
    const text = filler.repeat(Math.ceil(100_000 / filler.length)) + '\nTranslate the whole app into French';
    expect(text.length).toBeGreaterThan(100_000);
    const e = estimate(text);
    expect(e.scope).toBe('broad');
    expect(e.reasons).toContain('very long prompt: read its start and end');
    expect(e.low).toBeLessThanOrEqual(e.credits);
    expect(e.credits).toBeLessThanOrEqual(e.high);
  });
});

describe('estimate: invariants over arbitrary text', () => {
  const prompt = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc
      .array(
        fc.constantFrom(
          'add',
          'all',
          'pages',
          'fix',
          'the',
          'button',
          'red',
          '\n- ',
          '1. ',
          ',',
          '?',
          '```',
          "'",
        ),
        {
          maxLength: 60,
        },
      )
      .map((w) => w.join(' ')),
  );

  it('low ≤ credits ≤ high, all finite and ≥ 0, confidence in [0, 1], reasons present', () => {
    fc.assert(
      fc.property(prompt, fc.constantFrom(undefined, 1, 1.7), (text, modelFactor) => {
        const e = estimate(text, { modelFactor });
        expect(Number.isFinite(e.credits)).toBe(true);
        expect(e.low).toBeGreaterThanOrEqual(0);
        expect(e.low).toBeLessThanOrEqual(e.credits);
        expect(e.credits).toBeLessThanOrEqual(e.high);
        expect(e.confidence).toBeGreaterThanOrEqual(0);
        expect(e.confidence).toBeLessThanOrEqual(1);
        expect(e.reasons.length).toBeGreaterThan(0);
        // In build mode "discuss" means the prompt only asks; it says so first.
        if (e.scope === 'discuss') expect(e.why?.[0]?.id).toBe('question');
      }),
      { numRuns: 300 },
    );
  });

  it('Discuss mode always gives scope discuss at 0.3 for non-empty text', () => {
    fc.assert(
      fc.property(
        prompt.filter((t) => /\S/.test(t)),
        (text) => {
          expect(estimate(text, { mode: 'discuss' })).toMatchObject({ scope: 'discuss', credits: 0.3 });
        },
      ),
      { numRuns: 200 },
    );
  });
});
