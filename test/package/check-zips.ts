/**
 * `npm test`'s package step: checks what `npm run zip` produced — the Chrome and Firefox packages
 * and the sources zip — against test/package/rules.ts, printing each zip's size and file count.
 * Exit 1 on any problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listZip, readZipEntry } from './zip-reader';
import { packageProblems, type PackagedManifest, type ZipKind } from './rules';

/** Extension zips: every file. Sources: files per top-level folder (it has a couple of hundred). */
function summarise(kind: ZipKind, names: string[]): string[] {
  if (kind !== 'sources') return names;
  const counts = new Map<string, number>();
  for (const n of names) {
    const top = n.includes('/') ? `${n.split('/')[0]}/` : n;
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return [...counts].map(([top, n]) => (top.endsWith('/') ? `${top} (${n} files)` : top));
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const problems: string[] = [];

for (const kind of ['chrome', 'firefox', 'sources'] as ZipKind[]) {
  const file = join('.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    problems.push(`${file} is missing: run \`npm run zip\``);
    continue;
  }
  const entries = listZip(buf).filter((e) => !e.name.endsWith('/'));
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  const manifest =
    kind !== 'sources' && manifestEntry
      ? (JSON.parse(readZipEntry(buf, manifestEntry).toString('utf8')) as PackagedManifest)
      : null;
  console.log(`${file}: ${(statSync(file).size / 1024).toFixed(1)} kB, ${entries.length} files`);
  console.log(
    `  ${summarise(
      kind,
      entries.map((e) => e.name),
    ).join('\n  ')}`,
  );
  problems.push(
    ...packageProblems(
      kind,
      entries.map((e) => e.name),
      manifest,
    ),
  );
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s) in the packages:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('packages ok');
