/**
 * Build mode: a prompt that only asks (a question, an explanation, advice, with context around it)
 * is a discussion; a request in a question's clothes ("can you…", "would it be possible to…",
 * "could the logo be bigger?") is the change it asks for. Seven languages.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../lib/estimate/estimate';

describe('asking or asking for a change', () => {
  it.each([
    'Explain how the permissions work, don’t change anything',
    'I’m planning a gym app. Which entities would you suggest?',
    'Can I publish this to the App Store?',
    'Is the customer data stored securely?',
    'תסביר לי איך עובדות ההרשאות, אל תשנה כלום',
    'מי יכול לראות את הנתונים של הלקוחות?',
    '¿Podrías explicarme cómo se calculan los totales?',
    'Erklär mir, wie die Rollen funktionieren. Bitte nichts ändern.',
    'Est-ce que je peux utiliser mon propre domaine ?',
    'Como funciona o login com Google?',
    'このアプリはApp Storeに公開できますか',
    '予約と会員の関係を説明して。まだ何も変更しないで',
  ])('asks: %s', (text) => {
    const e = estimate(text);
    expect(e.scope).toBe('discuss');
    expect(e.why?.[0]?.id).toBe('question');
  });

  it.each([
    ['Would it be possible to add a date filter to the orders list?', 'feature'],
    ['Could the logo be a bit bigger?', 'simple'],
    ['Tell me why the total is wrong and fix it', 'feature'],
    ['when I click save nothing happens. no error, nothing', 'feature'],
    ['אפשר להגדיל קצת את הלוגו?', 'simple'],
    ['¿Puedes agregar un filtro por fecha en la lista de pedidos?', 'feature'],
    ['Wäre es möglich, die Ecken der Karten abzurunden?', 'simple'],
    ['Tu peux ajouter un tri par date dans la liste ?', 'feature'],
    ['Dá pra deixar o botão de comprar maior?', 'simple'],
    ['ロゴを少し大きくしてもらえますか', 'simple'],
  ])('asks for a change: %s → %s', (text, scope) => {
    expect(estimate(text).scope).toBe(scope);
  });

  it('Discuss mode is 0.3 whatever the text; a question in build mode is priced as a build message', () => {
    const text = 'Why does the dashboard load so slowly?';
    expect(estimate(text, { mode: 'discuss' }).credits).toBe(0.3);
    expect(estimate(text).credits).toBeGreaterThan(0.3);
  });
});
