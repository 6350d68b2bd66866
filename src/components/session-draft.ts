/**
 * What a user typed or uploaded, kept per account in sessionStorage so a reload, an error or an expired session
 * (the sign-in round trip comes back to the same tab) loses nothing. Cleared once the invite is sent.
 */
const keyOf = (kind: string, accountId: string) => `rooms-admin:${kind}:${accountId}`;

export function readDraft<T>(kind: string, accountId: string, accept: (value: unknown) => T | undefined): T | undefined {
  try {
    const raw = sessionStorage.getItem(keyOf(kind, accountId));
    return raw === null ? undefined : accept(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/**
 * Keeps the value; false when the tab's storage is full or disabled. Then no older value is left behind to come
 * back on a reload in its place: the form still works, it just cannot outlive a reload.
 */
export function writeDraft(kind: string, accountId: string, value: unknown): boolean {
  try {
    sessionStorage.setItem(keyOf(kind, accountId), JSON.stringify(value));
    return true;
  } catch {
    clearDraft(kind, accountId);
    return false;
  }
}

export function clearDraft(kind: string, accountId: string): void {
  try {
    sessionStorage.removeItem(keyOf(kind, accountId));
  } catch {
    // Nothing to clear.
  }
}
