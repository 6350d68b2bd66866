import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      {
        // The SPA's tests: route-level ones render in jsdom (per-file comment) against one in-process simulator.
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          globalSetup: ['src/testing/global-setup.ts'],
          setupFiles: ['src/testing/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'node', include: ['server/**/*.test.ts', 'simulator/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
    ],
  },
});
