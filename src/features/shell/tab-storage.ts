/**
 * What this tab keeps in sessionStorage (list selection, invite drafts, the last list URL) belongs to whoever was
 * signed in when it was written. Signing out clears it, and a different person signing in to the same tab (after
 * an expired session, say) starts clean, so nobody inherits another's selection or half-typed invite.
 */
const PREFIXES = ['rooms-admin:', 'rooms-admin.'];
const OWNER_KEY = 'rooms-admin.owner';

function ownKeys(): string[] {
  const found: string[] = [];
  for (let index = 0; index < sessionStorage.length; index += 1) {
    const key = sessionStorage.key(index);
    if (key !== null && PREFIXES.some((prefix) => key.startsWith(prefix))) found.push(key);
  }
  return found;
}

export function clearTabStorage(): void {
  try {
    for (const key of ownKeys()) sessionStorage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}

/** Idempotent; call before anything reads the tab's storage for `owner`. */
export function claimTabStorage(owner: string): void {
  try {
    if (sessionStorage.getItem(OWNER_KEY) === owner) return;
    clearTabStorage();
    sessionStorage.setItem(OWNER_KEY, owner);
  } catch {
    // Storage disabled: nothing was kept, so nothing can leak.
  }
}
