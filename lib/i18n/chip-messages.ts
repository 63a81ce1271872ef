/**
 * The chip's words in every language, for the background to send the builder page's one to the
 * chip (the content script carries only English, ./chip-en.ts). English is the reference: every other locale must have the same keys and the
 * same placeholders (test/unit/i18n/catalogues.test.ts).
 */
import type { Locale } from './locales';
import { en, type ChipCatalogue, type ChipKey } from './chip-en';

type Catalogue = ChipCatalogue;

export type { ChipKey };

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
  'warn.budget.daily': 'תקציב יומי: נוצלו {spent} מתוך {budget}, נשארו {left}',
  'warn.budget.app': 'התקציב של האפליקציה הזו במחזור: נוצלו {spent} מתוך {budget}, נשארו {left}',
  'warn.budget.advice': 'כדי לעמוד בו: צעדים קטנים יותר, או תכנון קודם במצב Discuss ‏(0.3 קרדיט להודעה).',
  'warn.fix.streak': 'זה נראה כמו עוד תיקון (“{cue}”), אחרי {streak} בקשות תיקון ברצף באפליקציה הזו.',
  'warn.fix.credits': 'זה נראה כמו עוד תיקון (“{cue}”); תיקונים באפליקציה הזו עלו ≈ {credits} בשעה האחרונה.',
  'warn.fix.advice1':
    'כדאי לתאר קודם את הבעיה במצב Discuss ‏(0.3 קרדיט להודעה): לשאול מה גורם לה ולהסכים על תיקון לפני הבנייה.',
  'warn.fix.advice2': 'או לחזור לגרסה האחרונה שעבדה ולבקש את השינוי שוב, בצעדים קטנים יותר.',
  'warn.expensive': '{scope} עולה יותר מרוב הבקשות.',
  'warn.expensive.advice':
    'זול יותר: לפצל לצעדים ולבדוק כל אחד לפני הבא; לתכנן קודם במצב Discuss ‏(0.3 קרדיט להודעה).',
  'confirm.budget':
    'ההערכה לבקשה הזו היא ≈ {credits}, יותר מה־{left} שנשארו בתקציב היומי. לשלוח בכל זאת? (Enter שולח, Esc מבטל)',
  'confirm.budget.app':
    'ההערכה לבקשה הזו היא ≈ {credits}, יותר מה־{left} שנשארו בתקציב של האפליקציה הזו במחזור הזה. לשלוח בכל זאת? (Enter שולח, Esc מבטל)',
  money: 'לפי המחיר שלך לקרדיט: {money}',
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
  'warn.budget.daily': 'Presupuesto diario: {spent} de {budget} usados, quedan {left}',
  'warn.budget.app': 'Presupuesto de esta app en el ciclo: {spent} de {budget} usados, quedan {left}',
  'warn.budget.advice':
    'Para no pasarte: pasos más pequeños, o planifica antes en modo Discuss (0,3 créditos por mensaje).',
  'warn.fix.streak':
    'Parece otra corrección (“{cue}”), tras {streak} prompts de corrección seguidos en esta app.',
  'warn.fix.credits':
    'Parece otra corrección (“{cue}”); las correcciones en esta app costaron ≈ {credits} en la última hora.',
  'warn.fix.advice1':
    'Describe primero el problema en modo Discuss (0,3 créditos por mensaje): pregunta qué lo causa y acordad una solución antes de construir.',
  'warn.fix.advice2':
    'O vuelve a la última versión que funcionaba y pide el cambio de nuevo, en pasos más pequeños.',
  'warn.expensive': 'Un {scope} cuesta más que la mayoría de los prompts.',
  'warn.expensive.advice':
    'Más barato: divídelo en pasos y revisa cada uno antes del siguiente; planifícalo antes en modo Discuss (0,3 créditos por mensaje).',
  'confirm.budget':
    'Este prompt se estima en ≈ {credits}, más de los {left} que quedan de tu presupuesto diario. ¿Enviar igualmente? (Enter envía, Esc cancela)',
  'confirm.budget.app':
    'Este prompt se estima en ≈ {credits}, más de los {left} que quedan del presupuesto de esta app en este ciclo. ¿Enviar igualmente? (Enter envía, Esc cancela)',
  money: 'Según tu precio por crédito: {money}',
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
  'warn.budget.daily': 'Orçamento diário: {spent} de {budget} usados, restam {left}',
  'warn.budget.app': 'Orçamento deste app no ciclo: {spent} de {budget} usados, restam {left}',
  'warn.budget.advice':
    'Para não passar dele: passos menores, ou planeje antes no modo Discuss (0,3 crédito por mensagem).',
  'warn.fix.streak':
    'Parece mais uma correção (“{cue}”), depois de {streak} prompts de correção seguidos neste app.',
  'warn.fix.credits':
    'Parece mais uma correção (“{cue}”); as correções neste app custaram ≈ {credits} na última hora.',
  'warn.fix.advice1':
    'Descreva primeiro o problema no modo Discuss (0,3 crédito por mensagem): pergunte o que o causa e combine uma correção antes de construir.',
  'warn.fix.advice2': 'Ou volte à última versão que funcionava e peça a mudança de novo, em passos menores.',
  'warn.expensive': 'Um {scope} custa mais que a maioria dos prompts.',
  'warn.expensive.advice':
    'Mais barato: divida em passos e confira cada um antes do próximo; planeje antes no modo Discuss (0,3 crédito por mensagem).',
  'confirm.budget':
    'Este prompt está estimado em ≈ {credits}, mais que os {left} restantes do seu orçamento diário. Enviar mesmo assim? (Enter envia, Esc cancela)',
  'confirm.budget.app':
    'Este prompt está estimado em ≈ {credits}, mais que os {left} restantes do orçamento deste app neste ciclo. Enviar mesmo assim? (Enter envia, Esc cancela)',
  money: 'Pelo seu preço por crédito: {money}',
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
  'warn.budget.daily': 'Budget quotidien : {spent} sur {budget} utilisés, reste {left}',
  'warn.budget.app': 'Budget de cette app sur le cycle : {spent} sur {budget} utilisés, reste {left}',
  'warn.budget.advice':
    'Pour rester dedans : des étapes plus petites, ou planifiez d’abord en mode Discuss (0,3 crédit par message).',
  'warn.fix.streak':
    'Cela ressemble à une correction de plus (« {cue} »), après {streak} prompts de correction d’affilée sur cette app.',
  'warn.fix.credits':
    'Cela ressemble à une correction de plus (« {cue} ») ; les corrections sur cette app ont coûté ≈ {credits} dans la dernière heure.',
  'warn.fix.advice1':
    'Décrivez d’abord le problème en mode Discuss (0,3 crédit par message) : demandez ce qui le cause et convenez d’une correction avant de construire.',
  'warn.fix.advice2':
    'Ou revenez à la dernière version qui fonctionnait et redemandez le changement, par petites étapes.',
  'warn.expensive': 'Un {scope} coûte plus que la plupart des prompts.',
  'warn.expensive.advice':
    'Moins cher : découpez-le en étapes et vérifiez chacune avant la suivante ; planifiez-le d’abord en mode Discuss (0,3 crédit par message).',
  'confirm.budget':
    'Ce prompt est estimé à ≈ {credits}, plus que les {left} restants de votre budget quotidien. Envoyer quand même ? (Entrée envoie, Échap annule)',
  'confirm.budget.app':
    'Ce prompt est estimé à ≈ {credits}, plus que les {left} restants du budget de cette app pour ce cycle. Envoyer quand même ? (Entrée envoie, Échap annule)',
  money: 'À votre prix par crédit : {money}',
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
  'warn.budget.daily': 'Tagesbudget: {spent} von {budget} verbraucht, {left} übrig',
  'warn.budget.app': 'Budget dieser App im Zyklus: {spent} von {budget} verbraucht, {left} übrig',
  'warn.budget.advice':
    'Um im Rahmen zu bleiben: kleinere Schritte, oder zuerst im Discuss-Modus planen (0,3 Credits pro Nachricht).',
  'warn.fix.streak':
    'Das liest sich wie ein weiterer Fix („{cue}“), nach {streak} Fix-Prompts in Folge in dieser App.',
  'warn.fix.credits':
    'Das liest sich wie ein weiterer Fix („{cue}“); Fixes in dieser App kosteten in der letzten Stunde ≈ {credits}.',
  'warn.fix.advice1':
    'Beschreibe das Problem zuerst im Discuss-Modus (0,3 Credits pro Nachricht): frag nach der Ursache und einigt euch auf einen Fix, bevor gebaut wird.',
  'warn.fix.advice2':
    'Oder geh zur letzten funktionierenden Version zurück und bitte erneut um die Änderung, in kleineren Schritten.',
  'warn.expensive': 'Ein {scope} kostet mehr als die meisten Prompts.',
  'warn.expensive.advice':
    'Günstiger: in Schritte aufteilen und jeden prüfen, bevor der nächste kommt; zuerst im Discuss-Modus planen (0,3 Credits pro Nachricht).',
  'confirm.budget':
    'Dieser Prompt kostet geschätzt ≈ {credits}, mehr als die {left}, die vom Tagesbudget übrig sind. Trotzdem senden? (Enter sendet, Esc bricht ab)',
  'confirm.budget.app':
    'Dieser Prompt kostet geschätzt ≈ {credits}, mehr als die {left}, die vom Budget dieser App in diesem Zyklus übrig sind. Trotzdem senden? (Enter sendet, Esc bricht ab)',
  money: 'Zu Ihrem Preis pro Credit: {money}',
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
  'warn.budget.daily': '1 日の予算: {budget} のうち {spent} 使用、残り {left}',
  'warn.budget.app': 'このアプリの今サイクルの予算: {budget} のうち {spent} 使用、残り {left}',
  'warn.budget.advice':
    '予算内に収めるには: 手順を小さくするか、先に Discuss モードで計画しましょう（1 メッセージ 0.3 クレジット）。',
  'warn.fix.streak':
    'また修正の依頼のようです（「{cue}」）。このアプリで修正のプロンプトが {streak} 回続いています。',
  'warn.fix.credits':
    'また修正の依頼のようです（「{cue}」）。このアプリの修正に直近 1 時間で ≈ {credits} かかっています。',
  'warn.fix.advice1':
    'まず Discuss モード（1 メッセージ 0.3 クレジット）で問題を説明し、原因を尋ねて修正方針を決めてからビルドしましょう。',
  'warn.fix.advice2': 'または、最後に動いていたバージョンに戻し、小さな手順で変更を依頼し直しましょう。',
  'warn.expensive': '{scope}は多くのプロンプトより高くつきます。',
  'warn.expensive.advice':
    '安くするには: 手順に分けて一つずつ確認し、先に Discuss モードで計画しましょう（1 メッセージ 0.3 クレジット）。',
  'confirm.budget':
    'このプロンプトの見積もりは ≈ {credits} で、1 日の予算の残り {left} を超えます。それでも送信しますか？（Enter で送信、Esc で取消）',
  'confirm.budget.app':
    'このプロンプトの見積もりは ≈ {credits} で、このアプリの今サイクルの予算の残り {left} を超えます。それでも送信しますか？（Enter で送信、Esc で取消）',
  money: 'あなたのクレジット単価で: {money}',
  sendAnyway: 'それでも送信',
  cancel: 'キャンセル',
};

export const CHIP_MESSAGES: Record<Locale, Catalogue> = { en, he, es, pt, fr, de, ja };
