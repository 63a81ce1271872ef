/** The builder page's HTML: one shell for every route; the inline script renders the route client-side. */
import { readFileSync } from 'node:fs';
import type { ComposerKind } from './control-types';

const css = readFileSync(new URL('./page/builder.css', import.meta.url), 'utf8');
const js = readFileSync(new URL('./page/builder.js', import.meta.url), 'utf8');

export interface PageConfig {
  token: string;
  composer: ComposerKind;
  apps: { id: string; name: string }[];
}

// JSON inside <script>: escape "<" so a name like "</script>" cannot end the element.
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export function builderHtml(config: PageConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Base44</title>
<style>${css}</style>
</head>
<body>
<div id="root"></div>
<script>window.__SANDBOX__ = ${scriptJson(config)};</script>
<script>${js}</script>
</body>
</html>`;
}

export const HTML_ERROR_PAGE = `<!doctype html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>sandbox-edge</center></body></html>`;
