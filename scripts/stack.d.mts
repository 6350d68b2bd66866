import type { ChildProcess } from 'node:child_process';

export const ROOT: string;
export const IDENTITIES: Array<[email: string, description: string]>;
export function usesSimulator(env?: NodeJS.ProcessEnv): boolean;
export function forgetRealDocuSign(): void;
export function buildApp(options?: { quiet?: boolean; args?: string[] }): void;
export function stopAll(children: ChildProcess[], graceMs?: number): Promise<void>;
export interface Stack {
  appUrl: string;
  simulatorUrl?: string;
  children: Array<ChildProcess & { name: string; exited: Promise<{ code: number | null; signal: string | null }> }>;
  stop: () => Promise<void>;
}
export function startStack(options: {
  port: number;
  simulatorPort: number;
  dev?: boolean;
  control?: boolean;
  env?: Record<string, string>;
}): Promise<Stack>;
