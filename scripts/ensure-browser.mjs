#!/usr/bin/env node
/**
 * Makes sure a Chromium for Playwright is on this machine, installing one the right way if not:
 * Debian (root, apt-get): Debian's chromium package; Ubuntu: Playwright's browser with its system deps
 * (Ubuntu's chromium package is only a snap stub); anywhere else: `npx playwright install chromium`.
 * Prints the path it ends up with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

function run(command, args) {
  console.log(`ensure-browser: running ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

function osRelease() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return Object.fromEntries(
      text
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => {
          const [key, ...rest] = line.split('=');
          return [key, rest.join('=').replace(/^"|"$/g, '')];
        }),
    );
  } catch {
    return {};
  }
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function install() {
  const os = osRelease();
  const family = `${os.ID ?? ''} ${os.ID_LIKE ?? ''}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && /ubuntu/.test(family)) {
    run('npx', ['playwright', 'install', '--with-deps', 'chromium']);
    return 'installed Playwright\'s Chromium with its system dependencies (Ubuntu)';
  }
  if (process.platform === 'linux' && /debian/.test(family) && isRoot && hasAptGet()) {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    return 'installed Debian\'s chromium package with apt-get';
  }
  run('npx', ['playwright', 'install', 'chromium']);
  return 'installed Playwright\'s Chromium';
}

let found = findBrowser();
if (found) {
  console.log(`ensure-browser: using ${found.path} (${found.source})`);
} else {
  console.log('ensure-browser: no Chromium found; installing one.');
  const what = install();
  found = findBrowser();
  if (!found || !existsSync(found.path)) {
    console.error(`ensure-browser: ${what}, but still no Chromium found. Set CHROME_PATH to a Chromium or Chrome binary.`);
    process.exit(1);
  }
  console.log(`ensure-browser: ${what}; using ${found.path}`);
}
