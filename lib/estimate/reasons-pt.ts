/** Reasons in (Brazilian) Portuguese; importing this module makes `renderReason(r, 'pt')` use it. */
import {
  addRenderer,
  foreign,
  joinList,
  num,
  plural,
  w0,
  type Reason,
  type ReasonId,
  type Render,
} from './reasons';

const q = (s: string): string => `“${s}”`;

/** A word the person wrote, quoted when it is not Portuguese. */
const named = (r: Reason, s: string): string => (foreign(r, 'pt') ? q(s) : s);

const list = (items: readonly string[]): string => joinList(items, ' e ');

/**
 * "todas as telas", "todos os botões": a noun's gender from its ending. Nouns in -a are feminine
 * but for a few listed ones (tema, sistema, programa, dia, alerta…); -ção, -são, -dade, -gem and -agem are
 * feminine; a few common feminines in -e are listed. Others are masculine.
 */
function feminine(noun: string): boolean {
  const w = noun.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  // Plurals: -s (telas), -ões/-ães → -ão (botões, seções), -ns → -m (imagens).
  const forms = [w, w.replace(/s$/, ''), w.replace(/oes$|aes$/, 'ao'), w.replace(/ns$/, 'm')];
  return forms.some(
    (s) =>
      (/a$/.test(s) &&
        !/^(tema|sistema|problema|esquema|programa|idioma|clima|dilema|diploma|mapa|dia|planeta|alerta)$/.test(
          s,
        )) ||
      /(cao|sao|dade|gem)$/.test(s) ||
      /^(fonte|parte|chave|rede|noite|tarde)$/.test(s),
  );
}

/** A recognised cue word: quoted; a Portuguese one set in lower case unless it is an acronym. */
function cue(r: Reason): string {
  const w = w0(r);
  return q(!foreign(r, 'pt') && /^\p{Lu}\p{Ll}/u.test(w) ? w[0]!.toLowerCase() + w.slice(1) : w);
}

function everyPart(r: Reason): string {
  const w = w0(r);
  if (foreign(r, 'pt')) return `altera ${q(w)} no app inteiro`;
  const f = feminine(w);
  // A plural takes "todos os"; a singular "cada" after "cada"/"every", else "todo o" ("todo o texto").
  if (/s$/i.test(w)) return `altera ${f ? 'todas as' : 'todos os'} ${w} do app`;
  if (r.words?.[1] === 'all') return `altera ${f ? 'toda a' : 'todo o'} ${w} do app`;
  return `altera cada ${w} do app`;
}

/** "um sistema de agendamento", "uma loja online", "um CRM"; a plural head ("eventos com…") takes none. */
function withArticle(name: string): string {
  const head = name.split(/\s/)[0] ?? '';
  if (/^\p{Lu}{2,}$/u.test(head)) return `um ${name}`;
  if (/s$/i.test(head)) return name;
  return `${feminine(head) ? 'uma' : 'um'} ${name}`;
}

function newModule(r: Reason): string {
  const name = w0(r);
  const head = name
    ? `adiciona ${foreign(r, 'pt') ? q(name) : withArticle(name)}`
    : 'adiciona uma parte nova ao app';
  const parts = r.parts ?? [];
  return parts.length ? `${head} com ${list(parts.map((p) => named(r, p)))}` : head;
}

const PT: Record<ReasonId, Render> = {
  'every-page': () => 'afeta todas as páginas',
  'whole-app': () => 'vale para o app inteiro',
  'every-part': everyPart,
  everywhere: () => 'vale em todos os lugares',
  'spans-app': () => 'abrange o app inteiro',
  translate: () => 'traduz todas as páginas',
  rtl: () => 'a direção do layout muda em todo lugar',
  rebrand: () => 'uma mudança de marca mexe em tudo',
  'theme-mode': () => 'uma mudança de tema afeta todas as páginas',
  redesign: () => 'redesenha uma página inteira ou mais',
  restructure: () => 'reestrutura código em vários arquivos',
  responsive: () => 'layout novo para cada tamanho de tela',
  accessibility: () => 'revisão de acessibilidade do app inteiro',
  consistency: () => 'revisão de consistência em muitos lugares',
  theme: () => 'mudança de tema ou de marca',
  phones: () => 'refaz o layout para celulares',
  language: () => 'adiciona um idioma',
  cleanup: () => 'limpeza de código em vários arquivos',
  'new-module': newModule,
  parts: (r) => {
    const n = r.n ?? 3;
    return (
      plural('pt', n, { one: `${num('pt', n)} parte`, other: `${num('pt', n)} partes` }) + ' em um só pedido'
    );
  },
  'new-pages': (r) => plural('pt', r.n ?? 1, { one: 'página nova', other: 'páginas novas' }),
  entities: () => 'entidades de dados novas',
  'roles-flow': () => 'um fluxo entre vários papéis',
  'one-element': () => 'edita um só elemento',
  wording: () => 'mudança de texto',
  style: (r) =>
    w0(r) === 'wording' ? 'mudança de texto' : w0(r) ? `ajuste visual (${cue(r)})` : 'ajuste visual',
  element: () => 'um só elemento',
  behaviour: (r) => (w0(r) ? `mudança de comportamento (${cue(r)})` : 'mudança de comportamento'),
  'bug-fix': () => 'correção de bug em um só lugar',
  'adds-element': () => 'adiciona um elemento',
  'no-cues': () => 'sem pistas claras de tamanho: considerado um recurso pequeno',
  nothing: () => 'nada para enviar',
  discuss: () => `modo Discuss: ${num('pt', 0.3)} por mensagem`,
  code: () => 'código colado lido como contexto',
  truncated: () => 'prompt muito longo: lidos o início e o fim',
  model: (r) => `modelo manual ×${num('pt', r.n ?? 1)} (suposto)`,
  symbols: () => 'só código ou símbolos',
  question: () => `uma pergunta, nada para mudar: no modo Discuss custaria ${num('pt', 0.3)}`,
  changes: (r) => {
    const n = r.n ?? 2;
    return (
      plural('pt', n, { one: `${num('pt', n)} mudança`, other: `${num('pt', n)} mudanças` }) +
      ' em um só prompt'
    );
  },
  'language-unknown': () => 'idioma não reconhecido: seu custo habitual, com uma faixa ampla',
  'language-not-loaded': () =>
    'a lista de palavras deste idioma ainda não foi carregada: seu custo habitual, com uma faixa ampla',
};

addRenderer('pt', PT);
