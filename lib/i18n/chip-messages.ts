/**
 * The chip's words in every language. Kept apart from the pages' catalogue so the content script
 * carries only these. English is the reference: every other locale must have the same keys and the
 * same placeholders (test/unit/i18n/catalogues.test.ts).
 */
import type { Locale } from './locales';
import type { Message } from './translate';

const en = {
  credits: { one: '{count} credit', other: '{count} credits' },
  'scope.discuss': 'discuss',
  'scope.simple': 'simple change',
  'scope.feature': 'small feature',
  'scope.module': 'complex module',
  'scope.broad': 'broad change',
  blocked: 'Out of credits · Base44 refused the last prompt',
  unavailable: 'Estimate unavailable',
  'idle.today': 'Credits: {left} left today',
  'idle.month': 'Credits: {left} left this month',
  idleUnknown: 'Credits: ≈ 0',
  line: '≈ {credits} · {scope}',
  'over.today': 'more than the {left} left today',
  'over.month': 'more than the {left} left this month',
  'after.today': '{left} left today → ≈ {after} after',
  'after.month': '{left} left this month → ≈ {after} after',
  estimatorError: 'Estimator error: {error}',
  estimate: 'Estimate: {credits}',
  range: { one: 'Range: {low}–{count} credit', other: 'Range: {low}–{count} credits' },
  average: {
    one: 'Your average for {scope}: {credits} ({count} prompt)',
    other: 'Your average for {scope}: {credits} ({count} prompts)',
  },
  balanceUnknown: 'Balance unknown',
  model: 'Model: {model}, picked by hand — may cost more than “Automatic”',
  'confirm.today':
    'This prompt is estimated at ≈ {credits}, more than the {left} left today. Send anyway? (Enter sends, Esc cancels)',
  'confirm.month':
    'This prompt is estimated at ≈ {credits}, more than the {left} left this month. Send anyway? (Enter sends, Esc cancels)',
  sendAnyway: 'Send anyway',
  cancel: 'Cancel',
} satisfies Record<string, Message>;

export type ChipKey = keyof typeof en;
type Catalogue = Record<ChipKey, Message>;

const he: Catalogue = {
  credits: { one: '{count} קרדיט', two: '{count} קרדיטים', other: '{count} קרדיטים' },
  'scope.discuss': 'שיחה',
  'scope.simple': 'שינוי פשוט',
  'scope.feature': 'פיצ׳ר קטן',
  'scope.module': 'מודול מורכב',
  'scope.broad': 'שינוי רחב',
  blocked: 'נגמרו הקרדיטים · Base44 דחה את הבקשה האחרונה',
  unavailable: 'אין הערכה',
  'idle.today': 'קרדיטים: נותרו {left} היום',
  'idle.month': 'קרדיטים: נותרו {left} החודש',
  idleUnknown: 'קרדיטים: ≈ 0',
  line: '≈ {credits} · {scope}',
  'over.today': 'יותר מה־{left} שנותרו היום',
  'over.month': 'יותר מה־{left} שנותרו החודש',
  'after.today': 'נותרו {left} היום ← ≈ {after} אחרי',
  'after.month': 'נותרו {left} החודש ← ≈ {after} אחרי',
  estimatorError: 'שגיאה בהערכה: {error}',
  estimate: 'הערכה: {credits}',
  range: {
    one: 'טווח: {low}–{count} קרדיט',
    two: 'טווח: {low}–{count} קרדיטים',
    other: 'טווח: {low}–{count} קרדיטים',
  },
  average: {
    one: 'הממוצע שלך ל{scope}: {credits} (בקשה {count})',
    two: 'הממוצע שלך ל{scope}: {credits} ({count} בקשות)',
    other: 'הממוצע שלך ל{scope}: {credits} ({count} בקשות)',
  },
  balanceUnknown: 'היתרה לא ידועה',
  model: 'מודל: {model}, נבחר ידנית — עלול לעלות יותר מ„אוטומטי”',
  'confirm.today':
    'הבקשה הזו מוערכת ב־≈ {credits}, יותר מה־{left} שנותרו היום. לשלוח בכל זאת? (Enter שולח, Esc מבטל)',
  'confirm.month':
    'הבקשה הזו מוערכת ב־≈ {credits}, יותר מה־{left} שנותרו החודש. לשלוח בכל זאת? (Enter שולח, Esc מבטל)',
  sendAnyway: 'לשלוח בכל זאת',
  cancel: 'ביטול',
};

const es: Catalogue = {
  credits: { one: '{count} crédito', many: '{count} de créditos', other: '{count} créditos' },
  'scope.discuss': 'conversación',
  'scope.simple': 'cambio simple',
  'scope.feature': 'función pequeña',
  'scope.module': 'módulo complejo',
  'scope.broad': 'cambio amplio',
  blocked: 'Sin créditos · Base44 rechazó el último prompt',
  unavailable: 'Estimación no disponible',
  'idle.today': 'Créditos: quedan {left} hoy',
  'idle.month': 'Créditos: quedan {left} este mes',
  idleUnknown: 'Créditos: ≈ 0',
  line: '≈ {credits} · {scope}',
  'over.today': 'más de los {left} que quedan hoy',
  'over.month': 'más de los {left} que quedan este mes',
  'after.today': 'quedan {left} hoy → ≈ {after} después',
  'after.month': 'quedan {left} este mes → ≈ {after} después',
  estimatorError: 'Error del estimador: {error}',
  estimate: 'Estimación: {credits}',
  range: {
    one: 'Rango: {low}–{count} crédito',
    many: 'Rango: {low}–{count} de créditos',
    other: 'Rango: {low}–{count} créditos',
  },
  average: {
    one: 'Tu media para {scope}: {credits} ({count} prompt)',
    many: 'Tu media para {scope}: {credits} ({count} de prompts)',
    other: 'Tu media para {scope}: {credits} ({count} prompts)',
  },
  balanceUnknown: 'Saldo desconocido',
  model: 'Modelo: {model}, elegido a mano — puede costar más que «Automático»',
  'confirm.today':
    'Este prompt se estima en ≈ {credits}, más de los {left} que quedan hoy. ¿Enviar igualmente? (Enter envía, Esc cancela)',
  'confirm.month':
    'Este prompt se estima en ≈ {credits}, más de los {left} que quedan este mes. ¿Enviar igualmente? (Enter envía, Esc cancela)',
  sendAnyway: 'Enviar igualmente',
  cancel: 'Cancelar',
};

const pt: Catalogue = {
  credits: { one: '{count} crédito', many: '{count} de créditos', other: '{count} créditos' },
  'scope.discuss': 'conversa',
  'scope.simple': 'mudança simples',
  'scope.feature': 'funcionalidade pequena',
  'scope.module': 'módulo complexo',
  'scope.broad': 'mudança ampla',
  blocked: 'Sem créditos · o Base44 recusou o último prompt',
  unavailable: 'Estimativa indisponível',
  'idle.today': 'Créditos: restam {left} hoje',
  'idle.month': 'Créditos: restam {left} este mês',
  idleUnknown: 'Créditos: ≈ 0',
  line: '≈ {credits} · {scope}',
  'over.today': 'mais do que os {left} que restam hoje',
  'over.month': 'mais do que os {left} que restam este mês',
  'after.today': 'restam {left} hoje → ≈ {after} depois',
  'after.month': 'restam {left} este mês → ≈ {after} depois',
  estimatorError: 'Erro do estimador: {error}',
  estimate: 'Estimativa: {credits}',
  range: {
    one: 'Intervalo: {low}–{count} crédito',
    many: 'Intervalo: {low}–{count} de créditos',
    other: 'Intervalo: {low}–{count} créditos',
  },
  average: {
    one: 'Sua média para {scope}: {credits} ({count} prompt)',
    many: 'Sua média para {scope}: {credits} ({count} de prompts)',
    other: 'Sua média para {scope}: {credits} ({count} prompts)',
  },
  balanceUnknown: 'Saldo desconhecido',
  model: 'Modelo: {model}, escolhido à mão — pode custar mais do que “Automático”',
  'confirm.today':
    'Este prompt está estimado em ≈ {credits}, mais do que os {left} que restam hoje. Enviar mesmo assim? (Enter envia, Esc cancela)',
  'confirm.month':
    'Este prompt está estimado em ≈ {credits}, mais do que os {left} que restam este mês. Enviar mesmo assim? (Enter envia, Esc cancela)',
  sendAnyway: 'Enviar mesmo assim',
  cancel: 'Cancelar',
};

const fr: Catalogue = {
  credits: { one: '{count} crédit', many: '{count} de crédits', other: '{count} crédits' },
  'scope.discuss': 'discussion',
  'scope.simple': 'modification simple',
  'scope.feature': 'petite fonctionnalité',
  'scope.module': 'module complexe',
  'scope.broad': 'modification étendue',
  blocked: 'Plus de crédits · Base44 a refusé le dernier prompt',
  unavailable: 'Estimation indisponible',
  'idle.today': 'Crédits : {left} restants aujourd’hui',
  'idle.month': 'Crédits : {left} restants ce mois-ci',
  idleUnknown: 'Crédits : ≈ 0',
  line: '≈ {credits} · {scope}',
  'over.today': 'plus que les {left} restants aujourd’hui',
  'over.month': 'plus que les {left} restants ce mois-ci',
  'after.today': '{left} restants aujourd’hui → ≈ {after} après',
  'after.month': '{left} restants ce mois-ci → ≈ {after} après',
  estimatorError: 'Erreur de l’estimateur : {error}',
  estimate: 'Estimation : {credits}',
  range: {
    one: 'Fourchette : {low}–{count} crédit',
    many: 'Fourchette : {low}–{count} de crédits',
    other: 'Fourchette : {low}–{count} crédits',
  },
  average: {
    one: 'Votre moyenne pour « {scope} » : {credits} ({count} prompt)',
    many: 'Votre moyenne pour « {scope} » : {credits} ({count} de prompts)',
    other: 'Votre moyenne pour « {scope} » : {credits} ({count} prompts)',
  },
  balanceUnknown: 'Solde inconnu',
  model: 'Modèle : {model}, choisi à la main — peut coûter plus que « Automatique »',
  'confirm.today':
    'Ce prompt est estimé à ≈ {credits}, plus que les {left} restants aujourd’hui. L’envoyer quand même ? (Entrée envoie, Échap annule)',
  'confirm.month':
    'Ce prompt est estimé à ≈ {credits}, plus que les {left} restants ce mois-ci. L’envoyer quand même ? (Entrée envoie, Échap annule)',
  sendAnyway: 'Envoyer quand même',
  cancel: 'Annuler',
};

const de: Catalogue = {
  credits: { one: '{count} Credit', other: '{count} Credits' },
  'scope.discuss': 'Diskussion',
  'scope.simple': 'einfache Änderung',
  'scope.feature': 'kleine Funktion',
  'scope.module': 'komplexes Modul',
  'scope.broad': 'umfassende Änderung',
  blocked: 'Keine Credits mehr · Base44 hat den letzten Prompt abgelehnt',
  unavailable: 'Keine Schätzung verfügbar',
  'idle.today': 'Credits: heute noch {left}',
  'idle.month': 'Credits: diesen Monat noch {left}',
  idleUnknown: 'Credits: ≈ 0',
  line: '≈ {credits} · {scope}',
  'over.today': 'mehr als die {left}, die heute übrig sind',
  'over.month': 'mehr als die {left}, die diesen Monat übrig sind',
  'after.today': 'heute noch {left} → danach ≈ {after}',
  'after.month': 'diesen Monat noch {left} → danach ≈ {after}',
  estimatorError: 'Fehler der Schätzung: {error}',
  estimate: 'Schätzung: {credits}',
  range: { one: 'Spanne: {low}–{count} Credit', other: 'Spanne: {low}–{count} Credits' },
  average: {
    one: 'Ihr Durchschnitt für „{scope}“: {credits} ({count} Prompt)',
    other: 'Ihr Durchschnitt für „{scope}“: {credits} ({count} Prompts)',
  },
  balanceUnknown: 'Guthaben unbekannt',
  model: 'Modell: {model}, von Hand gewählt — kann mehr kosten als „Automatisch“',
  'confirm.today':
    'Dieser Prompt kostet geschätzt ≈ {credits}, mehr als die {left}, die heute übrig sind. Trotzdem senden? (Enter sendet, Esc bricht ab)',
  'confirm.month':
    'Dieser Prompt kostet geschätzt ≈ {credits}, mehr als die {left}, die diesen Monat übrig sind. Trotzdem senden? (Enter sendet, Esc bricht ab)',
  sendAnyway: 'Trotzdem senden',
  cancel: 'Abbrechen',
};

const ja: Catalogue = {
  credits: { other: '{count} クレジット' },
  'scope.discuss': '相談',
  'scope.simple': '簡単な変更',
  'scope.feature': '小さな機能',
  'scope.module': '複雑なモジュール',
  'scope.broad': '広範な変更',
  blocked: 'クレジット切れ · Base44 が直前のプロンプトを拒否しました',
  unavailable: '見積もりできません',
  'idle.today': 'クレジット: 今日の残り {left}',
  'idle.month': 'クレジット: 今月の残り {left}',
  idleUnknown: 'クレジット: ≈ 0',
  line: '≈ {credits} · {scope}',
  'over.today': '今日の残り {left} を超えます',
  'over.month': '今月の残り {left} を超えます',
  'after.today': '今日の残り {left} → 送信後 ≈ {after}',
  'after.month': '今月の残り {left} → 送信後 ≈ {after}',
  estimatorError: '見積もりエラー: {error}',
  estimate: '見積もり: {credits}',
  range: { other: '範囲: {low}–{count} クレジット' },
  average: { other: '{scope}のあなたの平均: {credits}（{count} 件のプロンプト）' },
  balanceUnknown: '残高不明',
  model: 'モデル: {model}（手動で選択）—「自動」より高くなる場合があります',
  'confirm.today':
    'このプロンプトの見積もりは ≈ {credits} で、今日の残り {left} を超えます。それでも送信しますか？（Enter で送信、Esc でキャンセル）',
  'confirm.month':
    'このプロンプトの見積もりは ≈ {credits} で、今月の残り {left} を超えます。それでも送信しますか？（Enter で送信、Esc でキャンセル）',
  sendAnyway: 'それでも送信',
  cancel: 'キャンセル',
};

export const CHIP_MESSAGES: Record<Locale, Catalogue> = { en, he, es, pt, fr, de, ja };
