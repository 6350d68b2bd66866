/**
 * Remembers the list's last search string (filters, sort, page) for "Back to users" on the detail page. The URL
 * stays the source of truth: this only answers "which list URL did I come from" after a reload of the detail.
 */
const KEY = 'rooms-admin.users.list-search';

export function rememberListSearch(search: string): void {
  try {
    sessionStorage.setItem(KEY, search);
  } catch {
    // Storage can be full or disabled (private mode); the link then falls back to the plain list.
  }
}

export function recallListSearch(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** What the list puts in a detail link's navigation state. */
export type ListLinkState = { listSearch: string };

export function listSearchFromState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('listSearch' in state)) return undefined;
  const value = (state as { listSearch: unknown }).listSearch;
  return typeof value === 'string' ? value : undefined;
}
