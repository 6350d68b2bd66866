/**
 * What the user list's first load costs in transfer: gzip sizes of the JS and CSS that the browser fetches for
 * /users (the entry script, its modulepreloads and stylesheets from index.html, plus the users route's lazy
 * chunks), against the budget. Builds into bench/results/dist with a manifest so dist/ is left alone.
 *
 *   npx tsx bench/bundle-size.ts [--no-build] [--route <regexp of the route module's source path>]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildApp, ROOT } from '../scripts/stack.mjs';

const OUT_DIR = join(ROOT, 'bench/results/dist');
export const BUDGET = { js: 170_000, css: 30_000 };
/** The users list route module(s), lazily loaded by the router on /users. */
const DEFAULT_ROUTE = String.raw`src/routes/users(\.index|-list|/index|/list)?(-route|\.route)?\.tsx?$`;

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;

export type BundleReport = {
  files: Array<{ file: string; kind: 'js' | 'css'; why: string; bytes: number; gzip: number }>;
  js: number;
  css: number;
  withinBudget: boolean;
};

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Files index.html makes the browser fetch at once: entry script, modulepreloads, stylesheets. */
function fromIndexHtml(html: string): string[] {
  const files: string[] = [];
  for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(https?:)?\/\//.test(url)) continue;
    const wanted =
      (match[1] === 'script' && /type="module"/.test(tag)) || rel === 'modulepreload' || rel === 'stylesheet';
    if (wanted && /\.(js|css)$/.test(url)) files.push(url.replace(/^\//, ''));
  }
  return files;
}

/** A chunk with everything it imports statically, and its CSS. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

export function measureBundle(options: { build?: boolean; route?: string } = {}): BundleReport {
  if (options.build !== false || !existsSync(join(OUT_DIR, 'index.html'))) {
    buildApp({ quiet: true, args: ['--outDir', OUT_DIR, '--emptyOutDir', '--manifest'] });
  }
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(OUT_DIR, '.vite/manifest.json'), 'utf8')) as Manifest;

  const why = new Map<string, string>();
  for (const file of fromIndexHtml(html)) why.set(file, 'index.html');

  // The users route's lazy chunks, reachable from the entry by dynamic import, as the router loads them.
  const route = new RegExp(options.route ?? DEFAULT_ROUTE);
  const routeKeys = Object.entries(manifest)
    .filter(([key, chunk]) => route.test(chunk.src ?? key))
    .map(([key]) => key);
  for (const key of routeKeys) {
    for (const file of closure(manifest, key)) if (!why.has(file)) why.set(file, `lazy: ${manifest[key]?.src ?? key}`);
  }

  const files = [...why].map(([file, reason]) => {
    const content = readFileSync(join(OUT_DIR, file));
    return {
      file,
      kind: file.endsWith('.css') ? ('css' as const) : ('js' as const),
      why: reason,
      bytes: content.length,
      gzip: gzipSync(content).length,
    };
  });
  const sum = (kind: 'js' | 'css') => files.filter((f) => f.kind === kind).reduce((total, f) => total + f.gzip, 0);
  const js = sum('js');
  const css = sum('css');
  if (routeKeys.length === 0) {
    console.warn(`bundle-size: no chunk matched the users route ${route}; counting index.html's files only.`);
  }
  return { files, js, css, withinBudget: js <= BUDGET.js && css <= BUDGET.css };
}

export function printBundle(report: BundleReport): void {
  console.log('\nInitial load of /users (gzip):');
  for (const f of report.files) {
    console.log(`  ${f.file.padEnd(48)} ${kB(f.gzip).padStart(10)}  (${kB(f.bytes)} raw; ${f.why})`);
  }
  const mark = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER BUDGET');
  console.log(`  JS  ${kB(report.js).padStart(10)} of ${kB(BUDGET.js)}  ${mark(report.js, BUDGET.js)}`);
  console.log(`  CSS ${kB(report.css).padStart(10)} of ${kB(BUDGET.css)}  ${mark(report.css, BUDGET.css)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const routeAt = process.argv.indexOf('--route');
  const report = measureBundle({
    build: !process.argv.includes('--no-build'),
    route: routeAt > 0 ? process.argv[routeAt + 1] : undefined,
  });
  printBundle(report);
  if (!report.withinBudget) process.exitCode = 1;
}
