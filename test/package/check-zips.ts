/**
 * `npm test`'s package step: checks what `npm run zip` produced — the Chrome and Firefox packages
 * and the sources zip — against test/package/rules.ts, printing each zip's size and file count.
 * Exit 1 on any problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listZip, readZipEntry } from './zip-reader';
import { packageProblems, type PackagedManifest, type ZipKind } from './rules';

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
