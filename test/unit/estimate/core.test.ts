/**
 * The lean core: no language pack until one is registered (each test file gets fresh modules, so
 * nothing here sees the packs `estimate.ts` registers).
 */
import { describe, expect, it } from 'vitest';
import { estimate, languageOf } from '../../../lib/estimate/core';
import { es } from '../../../lib/estimate/lang/es';
import { he } from '../../../lib/estimate/lang/he';
import { registerLanguage } from '../../../lib/estimate/languages';

describe('the core without packs', () => {
  it('names the language a prompt needs before its pack is loaded', () => {
    expect(languageOf('Añade un sistema de reservas con formulario y una página de administración')).toBe(
      'es',
    );
    expect(languageOf('הוסף מערכת הזמנות עם טופס')).toBe('he');
    expect(languageOf('予約システムを追加して')).toBe('ja');
    expect(languageOf('Add a booking system')).toBe('en');
    expect(languageOf('Добавь систему бронирования')).toBeNull();
  });

  it('reads English, and says so honestly when a pack is missing, then reads it once registered', () => {
    expect(estimate('Add a booking system with a form, data entities and an admin page').scope).toBe(
      'module',
    );
    const text =
      'Añade un sistema de reservas con formulario, entidades de datos y una página de administración';
    const before = estimate(text);
    expect(before).toMatchObject({ language: 'es', credits: 1, confidence: 0.2 });
    expect(before.why?.[0]?.id).toBe('language-not-loaded');
    registerLanguage(es);
    expect(estimate(text)).toMatchObject({ language: 'es', scope: 'module' });
    expect(estimate('הוסף מערכת הזמנות עם טופס, ישויות נתונים ודף ניהול').language).toBe('he');
    registerLanguage(he);
    expect(estimate('הוסף מערכת הזמנות עם טופס, ישויות נתונים ודף ניהול').scope).toBe('module');
  });
});
