/** Reasons in Japanese (no spaces between words); importing this module makes `renderReason(r, 'ja')` use it. */
import { addRenderer, foreign, joinList, num, w0, type Reason, type ReasonId, type Render } from './reasons';

const q = (s: string): string => `「${s}」`;

/** A word the person wrote, in 「」 when it is not Japanese. */
const named = (r: Reason, s: string): string => (foreign(r, 'ja') ? q(s) : s);

/** "A、BとC". */
const list = (items: readonly string[]): string => joinList(items, 'と', '、');

function newModule(r: Reason): string {
  const name = w0(r);
  const parts = r.parts ?? [];
  const what = name ? named(r, name) : 'アプリの新しい部分';
  return parts.length ? `${list(parts.map((p) => named(r, p)))}を備えた${what}を追加` : `${what}を追加`;
}

const JA: Record<ReasonId, Render> = {
  'every-page': () => 'すべてのページに影響',
  'whole-app': () => 'アプリ全体に適用',
  'every-part': (r) => `アプリ内のすべての${named(r, w0(r))}を変更`,
  everywhere: () => 'あらゆる箇所に適用',
  'spans-app': () => 'アプリ全体にまたがる',
  translate: () => 'すべてのページを翻訳',
  rtl: () => 'レイアウトの向きが全体で変わる',
  rebrand: () => 'リブランディングは全体に影響',
  'theme-mode': () => 'テーマの変更はすべてのページに影響',
  redesign: () => 'ページ全体以上のデザイン変更',
  restructure: () => '複数ファイルにわたるコードの再構成',
  responsive: () => 'すべての画面サイズ向けの新しいレイアウト',
  accessibility: () => 'アプリ全体のアクセシビリティ対応',
  consistency: () => '多くの箇所の統一',
  theme: () => 'テーマまたはブランドの変更',
  phones: () => 'スマートフォン向けにレイアウトを作り直す',
  language: () => '言語を追加',
  cleanup: () => '複数ファイルにわたるコードの整理',
  'new-module': newModule,
  // Japanese nouns have no plural: the count carries it.
  parts: (r) => `1回の依頼で${num('ja', r.n ?? 3)}項目`,
  'new-pages': () => '新しいページ',
  entities: () => '新しいデータエンティティ',
  'roles-flow': () => '複数の役割にまたがるフロー',
  'one-element': () => '1つの要素を編集',
  wording: () => '文言の変更',
  style: (r) => (w0(r) === 'wording' ? '文言の変更' : w0(r) ? `見た目の調整（${q(w0(r))}）` : '見た目の調整'),
  element: () => '1つの要素',
  behaviour: (r) => (w0(r) ? `動作の変更（${q(w0(r))}）` : '動作の変更'),
  'bug-fix': () => '1か所のバグ修正',
  'adds-element': () => '要素を1つ追加',
  'no-cues': () => '規模の手がかりなし：小さな機能と想定',
  nothing: () => '送信する内容なし',
  discuss: () => `Discussモード：1メッセージあたり${num('ja', 0.3)}`,
  code: () => '貼り付けたコードは文脈として読む',
  truncated: () => 'とても長いプロンプト：最初と最後を読んだ',
  model: (r) => `手動モデル×${num('ja', r.n ?? 1)}（想定）`,
  symbols: () => 'コードや記号のみ',
  question: () => `質問で、変更はなし：Discussモードなら${num('ja', 0.3)}`,
  changes: (r) => `1つのプロンプトに${num('ja', r.n ?? 2)}件の変更`,
  'language-unknown': () => '言語を認識できません：いつものコストで、幅は広め',
  'language-not-loaded': () => 'この言語の単語リストはまだ読み込まれていません：いつものコストで、幅は広め',
};

addRenderer('ja', JA);
