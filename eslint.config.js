import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports flow one way: config, components, api -> features -> routes -> app. */
const zone = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const serverSide = { group: ['**/server/**', '**/simulator/**'], message: 'src/ never imports the proxy or the simulator.' };
const upward = (dirs) => ({
  group: dirs.map((dir) => `@/${dir}/**`),
  message: 'Imports flow one way: config, components, api -> features -> routes -> app.',
});

/** Features do not import each other; what two share moves down into components/ or api/. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.map((name) =>
  zone(
    [`src/features/${name}/**`],
    [
      serverSide,
      upward(['routes', 'app']),
      ...features
        .filter((other) => other !== name)
        .map((other) => ({
          group: [`@/features/${other}/**`],
          message: 'Features do not import each other; move what they share into components/ or api/.',
        })),
    ],
  ),
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  zone(['src/config/**', 'src/components/**', 'src/api/**'], [serverSide, upward(['features', 'routes', 'app'])]),
  ...featureZones,
  zone(['src/routes/**'], [serverSide, upward(['app'])]),
  zone(['src/app/**', 'src/testing/**', 'src/main.tsx'], [serverSide]),
  // The app tests' vitest globalSetup runs in Node, starts the simulator in-process and hands the tests its URL;
  // it is the one file under src/ that may import simulator/.
  { files: ['src/testing/global-setup.ts'], rules: { 'no-restricted-imports': 'off' } },
);
