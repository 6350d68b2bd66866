import * as z from 'zod/mini';

/**
 * The build-time environment the SPA reads. There is little here on purpose: the app talks only to its own
 * origin, so nothing about DocuSign or the proxy is configured in the browser.
 */
const EnvSchema = z.object({
  MODE: z.string().check(z.minLength(1)),
  DEV: z.boolean(),
  BASE_URL: z.string().check(z.startsWith('/')),
});

export type Env = { mode: string; isDev: boolean; basePath: string };

/** Parses an env object; throws one error that lists every bad variable and how to fix it. */
export function parseEnv(source: Record<string, unknown>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `- ${issue.path.join('.') || '(env)'}: ${issue.message}. Fix it in vite.config.ts or the shell environment.`,
    );
    throw new Error(`Invalid build environment:\n${lines.join('\n')}`);
  }
  return { mode: result.data.MODE, isDev: result.data.DEV, basePath: result.data.BASE_URL };
}

export const env: Env = parseEnv(import.meta.env);
