export interface FoundBrowser {
  path: string;
  /** 'playwright' needs no executablePath; 'env' and 'system' do. */
  source: 'env' | 'playwright' | 'system';
}
export function findBrowser(): FoundBrowser | undefined;
export function executablePathForPlaywright(): string | undefined;
