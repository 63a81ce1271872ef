/** Reasons in Hebrew; importing this module makes `renderReason(r, 'he')` use it. */
import { addRenderer, w0, type Reason, type ReasonId, type Render } from './reasons';

function listHe(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ו${items[items.length - 1]!}`;
}

const HE: Record<ReasonId, Render> = {
  'every-page': () => 'נוגע בכל העמודים',
  'whole-app': () => 'חל על כל האפליקציה',
  'every-part': (r) => `משנה את כל ה${w0(r)} באפליקציה`,
  everywhere: () => 'חל בכל מקום',
  'spans-app': () => 'מתפרס על כל האפליקציה',
  translate: () => 'מתרגם את כל העמודים',
  rtl: () => 'כיוון הפריסה משתנה בכל מקום',
  rebrand: () => 'מיתוג מחדש נוגע בהכול',
  'theme-mode': () => 'שינוי ערכת נושא נוגע בכל העמודים',
  redesign: () => 'עיצוב מחדש של עמוד שלם או יותר',
  restructure: () => 'ארגון מחדש של קוד בכמה קבצים',
  responsive: () => 'פריסה חדשה לכל גודל מסך',
  accessibility: () => 'מעבר נגישות על האפליקציה',
  consistency: () => 'האחדה בהרבה מקומות',
  theme: () => 'שינוי ערכת נושא או מיתוג',
  phones: () => 'פריסה מחדש לטלפונים',
  language: () => 'מוסיף שפה',
  cleanup: () => 'ניקוי קוד בכמה קבצים',
  'new-module': (r) => {
    const name = w0(r);
    const head = name ? `מוסיף ${name}` : 'מוסיף חלק חדש לאפליקציה';
    return r.parts?.length ? `${head} עם ${listHe(r.parts)}` : head;
  },
  parts: (r) => `${r.n ?? 3} חלקים בבקשה אחת`,
  'new-pages': (r) => ((r.n ?? 1) > 1 ? 'עמודים חדשים' : 'עמוד חדש'),
  entities: () => 'ישויות נתונים חדשות',
  'roles-flow': () => 'תהליך בין כמה תפקידים',
  'one-element': () => 'עריכה של רכיב אחד',
  wording: () => 'שינוי ניסוח',
  style: (r) => `שינוי עיצוב (${w0(r)})`,
  element: () => 'רכיב אחד',
  behaviour: (r) => `שינוי התנהגות (${w0(r)})`,
  'bug-fix': () => 'תיקון באג במקום אחד',
  'adds-element': () => 'מוסיף רכיב אחד',
  'no-cues': () => 'אין סימנים ברורים לגודל: הונח פיצ׳ר קטן',
  nothing: () => 'אין מה לשלוח',
  discuss: () => 'מצב דיון: 0.3 להודעה',
  code: () => 'קוד מודבק נקרא כהקשר',
  truncated: () => 'הודעה ארוכה מאוד: נקראו ההתחלה והסוף',
  model: (r) => `מודל ידני ×${r.n ?? 1} (הנחה)`,
  symbols: () => 'רק קוד או סימנים',
  question: () => 'שאלה, אין מה לשנות: במצב דיון זה היה עולה 0.3',
  changes: (r) => `${r.n ?? 2} שינויים בהודעה אחת`,
  'language-unknown': () => 'השפה לא זוהתה: העלות הרגילה שלך, בטווח רחב',
  'language-not-loaded': () => 'רשימת המילים של השפה עוד לא נטענה: העלות הרגילה שלך, בטווח רחב',
};

addRenderer('he', HE);

export type { Reason };
