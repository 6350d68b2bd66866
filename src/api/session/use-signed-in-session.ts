import { useQuery } from '@tanstack/react-query';

import { sessionQueries } from '@/api/session/queries';
import type { SignedInSession } from '@/api/session/schemas';

export type ActiveSession = SignedInSession & { accountId: string };

/**
 * The signed-in session with its chosen account. Only for components under the session gate, which renders
 * nothing else until both exist; reaching it without them is a programming error.
 */
export function useSignedInSession(): ActiveSession {
  const { data } = useQuery(sessionQueries.current());
  if (!data?.signedIn || data.accountId === null) {
    throw new Error('useSignedInSession() is only for pages under the session gate.');
  }
  return { ...data, accountId: data.accountId };
}
