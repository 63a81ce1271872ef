/**
 * The words that mark a prompt as a fix ("it's broken, fix it"), in every language the estimator
 * knows. Kept small and in one place: this feeds a warning, not the estimate.
 *
 * Syntax, per entry: words separated by spaces form a phrase matched on consecutive words; a word
 * ending in `*` matches any word that starts with it (fix* → fixed, fixing); otherwise the word must
 * match whole. Matching ignores case and accents. `substrings` are for scripts written without
 * spaces (Japanese) and match anywhere.
 */
export interface FixCues {
  words: readonly string[];
  /** Phrases that look like a cue but name a feature ("error message"): their words never count. */
  notFix?: readonly string[];
  substrings?: readonly string[];
}

export const FIX_CUES: Readonly<Record<string, FixCues>> = {
  en: {
    words: [
      'fix*',
      'bug*',
      'error*',
      'broke*',
      'crash*',
      'revert*',
      'still',
      'again',
      "doesn't work*",
      'does not work*',
      "isn't work*",
      'not working',
      "won't load",
      'stopped working',
      'glitch*',
    ],
    notFix: [
      'error message*',
      'error page*',
      'error state*',
      'error handling',
      'bug report*',
      'fixed header',
    ],
  },
  es: {
    words: [
      'arregl*',
      'corrig*',
      'corrij*',
      'error',
      'errores',
      'fallo*',
      'roto',
      'rota',
      'no funciona*',
      'sigue sin',
      'todavia',
      'otra vez',
      'de nuevo',
      'revierte',
      'deshaz',
    ],
    notFix: ['mensaje de error', 'mensajes de error', 'pagina de error'],
  },
  pt: {
    words: [
      'corrig*',
      'corrij*',
      'consert*',
      'erro',
      'erros',
      'quebr*',
      'nao funciona*',
      'ainda',
      'de novo',
      'novamente',
      'desfaz*',
      'revert*',
    ],
    notFix: ['mensagem de erro', 'mensagens de erro', 'pagina de erro'],
  },
  fr: {
    words: [
      'corrig*',
      'repare*',
      'bogue*',
      'erreur*',
      'casse',
      'cassee*',
      'marche pas',
      'fonctionne pas',
      'a nouveau',
      'de nouveau',
      'version precedente',
    ],
    notFix: ["message d'erreur", 'messages d erreur', "page d'erreur"],
  },
  de: {
    words: [
      'beheb*',
      'reparier*',
      'korrigier*',
      'fehler',
      'fehlers',
      'kaputt*',
      'funktioniert nicht',
      'geht nicht',
      'immer noch',
      'schon wieder',
      'absturz*',
      'sturzt ab',
      'ruckgangig',
    ],
  },
  he: {
    words: [
      'באג*',
      'שגיאה',
      'שגיאות',
      'תקלה',
      'תקלות',
      'תקן',
      'תתקן',
      'תתקני',
      'לתקן',
      'שבור*',
      'נשבר*',
      'לא עובד*',
      'עדיין',
      'שוב',
      'ושוב',
      'תחזיר',
    ],
  },
  ja: {
    words: [],
    // Not できない / されない: "…できないようにして" (make it so users cannot…) asks for a feature.
    substrings: ['バグ', 'エラー', '不具合', '直して', '動かない', '動きません', '壊れ', '元に戻して'],
  },
};

/**
 * A pasted error trace or console output: a named JS/Python error, a stack frame, "Uncaught".
 * Case-sensitive on purpose: "TypeError" is a trace, "type error" is prose the words above catch.
 */
export const TRACE_PATTERNS: readonly RegExp[] = [
  /\b[A-Z][A-Za-z]*(?:Error|Exception)\b/,
  /^\s*at \S.*:\d+:\d+\)?\s*$/m,
  /\bUncaught\b/,
  /\bTraceback \(most recent call last\)/,
  /\b(?:is not a function|is not defined|Cannot read propert)/,
];
