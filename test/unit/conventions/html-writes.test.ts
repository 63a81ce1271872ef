/**
 * Convention: the project builds DOM from nodes and text, never from HTML strings. No source file
 * writes innerHTML or outerHTML, calls insertAdjacentHTML or document.write, or passes React's
 * dangerouslySetInnerHTML. This is what makes the add-on linter's innerHTML warnings in React DOM's
 * own code harmless (test/package/lint-allow.ts): nothing of ours reaches them.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, parse } from './source';

const SOURCES = [...filesUnder('lib'), ...filesUnder('components'), ...filesUnder('entrypoints')];
const HTML_PROPS = new Set(['innerHTML', 'outerHTML']);
const HTML_CALLS = new Set(['insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment']);

/** Where a source file turns a string into HTML, as `name@line`. */
function htmlWrites(file: ts.SourceFile): string[] {
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${what}@${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
  const propName = (node: ts.Node): string | null =>
    ts.isPropertyAccessExpression(node)
      ? node.name.text
      : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)
        ? node.argumentExpression.text
        : null;
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment) {
      if (node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
        const name = propName(node.left);
        if (name && HTML_PROPS.has(name)) at(node, name);
      }
    }
    if (ts.isCallExpression(node)) {
      const name = propName(node.expression);
      if (name && HTML_CALLS.has(name)) at(node, name);
    }
    if (ts.isJsxAttribute(node) && node.name.getText() === 'dangerouslySetInnerHTML')
      at(node, 'dangerouslySetInnerHTML');
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      node.name.getText() === 'dangerouslySetInnerHTML'
    )
      at(node, 'dangerouslySetInnerHTML');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const fromText = (text: string) =>
  htmlWrites(ts.createSourceFile('x.tsx', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));

describe('no HTML strings reach the DOM', () => {
  it('finds the sources', () => {
    expect(SOURCES).toContain('entrypoints/popup/App.tsx');
    expect(SOURCES).toContain('lib/content/chip-view.ts');
  });

  it.each(SOURCES)('%s writes no HTML', (file) => {
    expect(htmlWrites(parse(file))).toEqual([]);
  });

  it('would catch each way of writing HTML', () => {
    expect(fromText('el.innerHTML = s;')).toEqual(['innerHTML@1']);
    expect(fromText("el['outerHTML'] += s;")).toEqual(['outerHTML@1']);
    expect(fromText("el.insertAdjacentHTML('beforeend', s);")).toEqual(['insertAdjacentHTML@1']);
    expect(fromText('document.write(s);')).toEqual(['write@1']);
    expect(fromText('const a = <div dangerouslySetInnerHTML={{ __html: s }} />;')).toEqual([
      'dangerouslySetInnerHTML@1',
    ]);
    expect(fromText("createElement('div', { dangerouslySetInnerHTML: { __html: s } });")).toEqual([
      'dangerouslySetInnerHTML@1',
    ]);
    // Reading is fine, and so is text.
    expect(fromText('const t = el.innerHTML; el.textContent = s;')).toEqual([]);
  });
});
