/** The project's own source, parsed, for the convention tests: files, their imports, top-level code. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Repo-relative paths (forward slashes) of the files under `dir` whose names pass `keep`. */
export function filesUnder(dir: string, keep: (path: string) => boolean = isSource): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const rel = relative(ROOT, path).split('\\').join('/');
        if (keep(rel)) out.push(rel);
      }
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}

export function isSource(path: string): boolean {
  return /\.tsx?$/.test(path) && !path.endsWith('.d.ts');
}

export function parse(path: string): ts.SourceFile {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
}

export interface Import {
  /** As written: `../db/instance`, `@/lib/content/annotator`, `wxt/utils/storage`. */
  specifier: string;
  /** Repo-relative file for the project's own modules, else null (a package). */
  file: string | null;
  /** `import type …` (erased from the bundle). */
  typeOnly: boolean;
}

/** The static imports and re-exports of a file. */
export function importsOf(path: string): Import[] {
  const out: Import[] = [];
  for (const st of parse(path).statements) {
    const from =
      (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
      st.moduleSpecifier &&
      ts.isStringLiteral(st.moduleSpecifier)
        ? st.moduleSpecifier.text
        : null;
    if (from === null) continue;
    const typeOnly = ts.isImportDeclaration(st)
      ? !!st.importClause?.isTypeOnly ||
        (!!st.importClause &&
          !st.importClause.name &&
          !!st.importClause.namedBindings &&
          ts.isNamedImports(st.importClause.namedBindings) &&
          st.importClause.namedBindings.elements.length > 0 &&
          st.importClause.namedBindings.elements.every((e) => e.isTypeOnly))
      : (st as ts.ExportDeclaration).isTypeOnly;
    out.push({ specifier: from, file: resolveImport(path, from), typeOnly });
  }
  return out;
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = posix.join(posix.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const abs = join(ROOT, candidate);
    if (existsSync(abs) && statSync(abs).isFile()) return candidate;
  }
  return base;
}

/** Every project file `path` pulls into its bundle (value imports, followed transitively). */
export function bundledFrom(path: string): Map<string, string[]> {
  // file → the import chain that reached it, for readable failures.
  const seen = new Map<string, string[]>([[path, [path]]]);
  const queue = [path];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!isSource(file)) continue;
    for (const imp of importsOf(file)) {
      if (imp.typeOnly) continue;
      const key = imp.file ?? imp.specifier;
      if (seen.has(key)) continue;
      seen.set(key, [...seen.get(file)!, key]);
      if (imp.file) queue.push(imp.file);
    }
  }
  return seen;
}
