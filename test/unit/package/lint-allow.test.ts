import { describe, expect, it } from 'vitest';
import { ALLOWED_WARNINGS, judgeLint, type LinterMessage } from '../../package/lint-allow';

/** The shape of React DOM's dangerouslySetInnerHTML setter in a minified chunk (written for this test). */
const REACT_LINE =
  'function setProp(el,key,value,prev){if(key===`dangerouslySetInnerHTML`&&value!=null){' +
  'var html=value.__html;if(html!=null&&prev?.__html!==html)el.innerHTML=html}}';
const COL = REACT_LINE.indexOf('el.innerHTML') + 1;
const FILES: Record<string, string> = {
  'chunks/locale-AbC123.js': `"use strict";\n${REACT_LINE}\n`,
  'chunks/app-Zz9.js': `"use strict";\nfunction show(el,text){el.innerHTML=text}\n`,
};
const read = (file: string) => FILES[file] ?? null;

const warning = (patch: Partial<LinterMessage>): LinterMessage => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file: 'chunks/locale-AbC123.js',
  line: 2,
  column: COL,
  ...patch,
});

const report = (warnings: LinterMessage[], errors: LinterMessage[] = []) => ({
  errors,
  warnings,
  notices: [],
});

describe('addons-linter verdict', () => {
  it("explains React DOM's innerHTML setter and passes", () => {
    const v = judgeLint(report([warning({})]), read);
    expect(v.failures).toEqual([]);
    expect(v.explained).toHaveLength(1);
    expect(v.explained[0]).toContain('dangerouslySetInnerHTML');
    expect(v.unused).toEqual([]);
  });

  it('fails the same code from code of our own (no __html next to it)', () => {
    const v = judgeLint(report([warning({ file: 'chunks/app-Zz9.js', column: 20 })]), read);
    expect(v.failures).toHaveLength(1);
    expect(v.failures[0]).toContain('not in the allow-list');
  });

  it('fails another code, a file outside chunks/, or a file it cannot read', () => {
    const v = judgeLint(
      report([
        warning({ code: 'DANGEROUS_EVAL' }),
        warning({ file: 'content-scripts/content.js' }),
        warning({ file: 'chunks/gone-1.js' }),
      ]),
      read,
    );
    expect(v.failures).toHaveLength(3);
    expect(v.explained).toEqual([]);
    expect(v.unused).toEqual(ALLOWED_WARNINGS);
  });

  it('fails every error, allowed code or not', () => {
    const v = judgeLint(report([], [warning({})]), read);
    expect(v.failures).toEqual([expect.stringMatching(/^error UNSAFE_VAR_ASSIGNMENT at chunks\/locale/)]);
  });

  it('every entry says why', () => {
    for (const a of ALLOWED_WARNINGS) expect(a.why.length).toBeGreaterThan(40);
  });
});
