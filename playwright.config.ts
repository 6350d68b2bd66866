import { defineConfig, devices } from '@playwright/test';
import { appPort, baseURL, simulatorPort } from './e2e/ports';
import { executablePathForPlaywright } from './scripts/find-browser.mjs';

const CI = !!process.env.CI;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // One simulator serves every test and each test resets it, so tests must not overlap.
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: executablePathForPlaywright(),
          // Without the background-networking flags Chromium keeps calling home, which a closed network refuses.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/auth/session`,
    env: { E2E_PORT: String(appPort), E2E_SIMULATOR_PORT: String(simulatorPort) },
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
