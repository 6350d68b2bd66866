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

export function writeDraft(kind: string, accountId: string, value: unknown): void {
  try {
    sessionStorage.setItem(keyOf(kind, accountId), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the form still works, it just cannot outlive a reload.
  }
}

export function clearDraft(kind: string, accountId: string): void {
  try {
    sessionStorage.removeItem(keyOf(kind, accountId));
  } catch {
    // Nothing to clear.
  }
}
