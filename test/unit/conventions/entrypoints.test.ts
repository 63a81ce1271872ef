/**
 * Convention: entrypoints are wiring. Each file under entrypoints/ (bar its .html and .css) stays
 * short unless it is a page's React App.tsx, defines no top-level functions except React
 * components (and the WXT `define*(…)` call with its `main`), and takes its logic from lib/.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf, parse } from './source';

const MAX_LINES = 60;

const FILES = filesUnder('entrypoints', (p) => !p.endsWith('.html') && !p.endsWith('.css'));

/**
 * Known helpers still defined in an entrypoint, each with why it is there; the test fails once one
 * is gone, so the list only shrinks.
 */
const KNOWN_HELPERS: Record<string, string> = {
  'entrypoints/options/App.tsx errorText':
    'an error-to-text one-liner; the file is being reworked on another branch, move it to lib/ui there',
};

const isApp = (file: string) => file.endsWith('/App.tsx');
const isComponentName = (name: string) => /^[A-Z][A-Za-z0-9]*$/.test(name);

function isFunctionLike(node: ts.Node | undefined): boolean {
  return !!node && (ts.isArrowFunction(node) || ts.isFunctionExpression(node));
}

/** Top-level function definitions: declarations, `const f = () => …`, and classes. */
function topLevelFunctions(file: string): string[] {
  const names: string[] = [];
  for (const st of parse(file).statements) {
    if (ts.isFunctionDeclaration(st)) names.push(st.name?.text ?? 'default');
    else if (ts.isClassDeclaration(st)) names.push(st.name?.text ?? 'default class');
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (isFunctionLike(d.initializer) && ts.isIdentifier(d.name)) names.push(d.name.text);
      }
    }
  }
  return names;
}

/** What may be defined at the top level: React components, and only in a .tsx file. */
function allowed(file: string, name: string): boolean {
  return (file.endsWith('.tsx') && isComponentName(name)) || `${file} ${name}` in KNOWN_HELPERS;
}

/** A `.ts` entrypoint's default export is a WXT `define*(…)` call. */
function defaultExportIsDefine(file: string): boolean {
  return parse(file).statements.some(
    (st) =>
      ts.isExportAssignment(st) &&
      ts.isCallExpression(st.expression) &&
      ts.isIdentifier(st.expression.expression) &&
      /^define[A-Z]/.test(st.expression.expression.text),
  );
}

describe('entrypoints stay wiring-only', () => {
  it('finds the entrypoints', () => {
    expect(FILES).toContain('entrypoints/background/index.ts');
    expect(FILES).toContain('entrypoints/popup/App.tsx');
  });

  it.each(FILES.filter((f) => !isApp(f)))(`%s is at most ${MAX_LINES} lines`, (file) => {
    expect(parse(file).getLineAndCharacterOfPosition(parse(file).getEnd()).line + 1).toBeLessThanOrEqual(
      MAX_LINES,
    );
  });

  it.each(FILES)('%s defines no functions but React components', (file) => {
    expect(topLevelFunctions(file).filter((name) => !allowed(file, name))).toEqual([]);
  });

  it.each(FILES.filter((f) => f.endsWith('.ts')))('%s exports a WXT define*(…) call', (file) => {
    expect(defaultExportIsDefine(file)).toBe(true);
  });

  it.each(FILES)('%s takes its logic from lib/', (file) => {
    expect(importsOf(file).some((i) => !i.typeOnly && i.file?.startsWith('lib/'))).toBe(true);
  });

  it('lists no known helper that is gone', () => {
    const present = new Set(FILES.flatMap((f) => topLevelFunctions(f).map((n) => `${f} ${n}`)));
    expect(Object.keys(KNOWN_HELPERS).filter((k) => !present.has(k))).toEqual([]);
  });

  it('would catch a helper in an entrypoint', () => {
    expect(allowed('entrypoints/content/index.ts', 'Chip')).toBe(false);
    expect(allowed('entrypoints/popup/App.tsx', 'formatThing')).toBe(false);
    expect(allowed('entrypoints/popup/App.tsx', 'App')).toBe(true);
  });
});
