/**
 * The small pieces of crypto the OAuth flow and CSRF check need, from node:crypto: PKCE (RFC 7636, S256),
 * unguessable tokens, and a comparison that takes the same time whatever the input.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: used for state, PKCE verifiers and CSRF tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomToken();
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

/** Compares secrets without leaking through timing how much of a guess was right. */
export function safeEqual(a: string | undefined, b: string | undefined): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  // Hashing first makes the lengths equal, as timingSafeEqual requires, without revealing the real length.
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}
