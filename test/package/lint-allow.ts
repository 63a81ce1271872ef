/**
 * addons-linter findings on the Firefox build, judged: every error fails, and so does every warning
 * not explained by ALLOWED_WARNINGS below. Pure, so the judgement itself is unit-tested.
 */

export interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** The parts of `addons-linter --output json` read here. */
export interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

export interface AllowedWarning {
  code: string;
  /** The built file it may come from (chunk names carry a content hash). */
  file: RegExp;
  /** What the built code around the reported line and column must show. */
  near: RegExp;
  why: string;
}

/** How much built code either side of the reported column `near` is matched against. */
const CONTEXT = 160;

/**
 * The warnings the Firefox build is known to give, each with why it is safe. Keep this short: a new
 * warning means new code to look at, not a new entry to add without reading it.
 */
export const ALLOWED_WARNINGS: readonly AllowedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/[\w.-]+\.js$/,
    // React DOM's own setter for the `dangerouslySetInnerHTML` prop: it writes `prop.__html` to
    // innerHTML. The linter flags the assignment because its value is not a literal.
    near: /__html[^;]{0,80}\.innerHTML\s*=/,
    why:
      "React DOM's setter for the dangerouslySetInnerHTML prop (bundled with React; it runs only for " +
      'elements given that prop). The project never uses dangerouslySetInnerHTML nor writes HTML ' +
      'strings itself (test/unit/conventions/html-writes.test.ts), so no text reaches it.',
  },
];

export interface LintVerdict {
  /** Errors and unexplained warnings: each one fails the step. */
  failures: string[];
  /** Allowed warnings, with their reason, for the log. */
  explained: string[];
  /** Allow-list entries no warning matched (worth removing). */
  unused: AllowedWarning[];
}

function where(m: LinterMessage): string {
  return `${m.file ?? '?'}${m.line ? `:${m.line}` : ''}${m.column ? `:${m.column}` : ''}`;
}

/** The built code around a finding (`readFile` gives a built file's text, or null if missing). */
function around(m: LinterMessage, readFile: (file: string) => string | null): string {
  if (!m.file || !m.line) return '';
  const line = readFile(m.file)?.split('\n')[m.line - 1] ?? '';
  const col = Math.max(0, (m.column ?? 1) - 1);
  return line.slice(Math.max(0, col - CONTEXT), col + CONTEXT);
}

export function judgeLint(
  report: LinterReport,
  readFile: (file: string) => string | null,
  allowed: readonly AllowedWarning[] = ALLOWED_WARNINGS,
): LintVerdict {
  const failures = report.errors.map((m) => `error ${m.code} at ${where(m)}: ${m.message}`);
  const explained: string[] = [];
  const used = new Set<AllowedWarning>();
  for (const m of report.warnings) {
    const entry = allowed.find(
      (a) => a.code === m.code && a.file.test(m.file ?? '') && a.near.test(around(m, readFile)),
    );
    if (entry) {
      used.add(entry);
      explained.push(`warning ${m.code} at ${where(m)}: allowed — ${entry.why}`);
    } else failures.push(`warning ${m.code} at ${where(m)}: ${m.message} (not in the allow-list)`);
  }
  return { failures, explained, unused: allowed.filter((a) => !used.has(a)) };
}
