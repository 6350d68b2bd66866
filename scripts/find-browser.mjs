#!/usr/bin/env node
/**
 * Finds a Chromium that Playwright can drive, without downloading anything.
 *
 * Order: an explicit env var, then Playwright's own downloaded browser, then a system Chromium or Chrome.
 * Used by playwright.config.ts, bench/ and scripts/ensure-browser.mjs; as a CLI it prints the path chosen
 * (exit 1 when there is none).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENV_VARS = ['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH'];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Ubuntu's chromium-browser is a wrapper that asks for the snap; it cannot be driven headless from a test. */
function isSnapStub(path) {
  return path === '/usr/bin/chromium-browser' && existsSync('/snap') && !existsSync('/snap/bin/chromium');
}

/** Where Playwright's `npx playwright install chromium` puts its browser, if it is there. */
function playwrightBrowser() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function onPath() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of PATH_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && !isSnapStub(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * @returns {{ path: string, source: 'env' | 'playwright' | 'system' } | undefined}
 *   `source` tells the caller whether Playwright needs an explicit executablePath ('env' and 'system' do).
 */
export function findBrowser() {
  for (const name of ENV_VARS) {
    const value = process.env[name];
    if (value) {
      if (existsSync(value)) return { path: value, source: 'env' };
      console.warn(`find-browser: ${name}=${value} does not exist; looking elsewhere.`);
    }
  }
  const bundled = playwrightBrowser();
  if (bundled) return { path: bundled, source: 'playwright' };
  for (const candidate of SYSTEM_PATHS) {
    if (existsSync(candidate) && !isSnapStub(candidate)) return { path: candidate, source: 'system' };
  }
  const fromPath = onPath();
  if (fromPath) return { path: fromPath, source: 'system' };
  return undefined;
}

/** The executablePath to hand to Playwright: undefined when Playwright's own browser will do. */
export function executablePathForPlaywright() {
  const found = findBrowser();
  return found && found.source !== 'playwright' ? found.path : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = findBrowser();
  if (!found) {
    console.error('No Chromium found. Run `node scripts/ensure-browser.mjs` to install one, or set CHROME_PATH.');
    process.exit(1);
  }
  console.log(found.path);
}
