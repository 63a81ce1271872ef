/**
 * Convention: the content script is a small mount plus one file per feature. Each file under
 * lib/content/features/ exports one `init…(env, signal, …)` (the signal tears it down), and
 * lib/content/start.ts starts every one of them; no feature starts another.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf, parse } from './source';

const FEATURES = filesUnder('lib/content/features');
const MOUNT = 'lib/content/start.ts';

/** The exported functions named init…, with their parameter names. */
function inits(file: string): { name: string; params: string[] }[] {
  return parse(file).statements.flatMap((st) =>
    ts.isFunctionDeclaration(st) &&
    st.name?.text.startsWith('init') &&
    st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      ? [{ name: st.name.text, params: st.parameters.map((p) => p.name.getText()) }]
      : [],
  );
}

/** Names of the functions `file` calls. */
function calls(file: string): Set<string> {
  const out = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) out.add(node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return out;
}

describe('content-script features', () => {
  it('finds the features', () => {
    expect(FEATURES).toContain('lib/content/features/chip.ts');
    expect(FEATURES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FEATURES)('%s exports one init(env, signal, …)', (file) => {
    const found = inits(file);
    expect(found).toHaveLength(1);
    expect(found[0]!.params.slice(0, 2)).toEqual(['env', 'signal']);
  });

  it.each(FEATURES)('%s is started by the mount', (file) => {
    expect(calls(MOUNT)).toContain(inits(file)[0]?.name);
  });

  it.each(FEATURES)('%s starts no other feature', (file) => {
    const others = FEATURES.filter((f) => f !== file).flatMap((f) => inits(f).map((i) => i.name));
    expect(others.filter((name) => calls(file).has(name))).toEqual([]);
    // Types may be shared between features; values may not (what one needs comes through the mount).
    const valueImports = importsOf(file).filter(
      (i) => !i.typeOnly && i.file?.startsWith('lib/content/features/'),
    );
    expect(valueImports).toEqual([]);
  });
});
