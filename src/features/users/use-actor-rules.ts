import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { actorQueries } from '@/api/actor/queries';
import { geographyOf } from '@/api/geography';
import { officeQueries } from '@/api/offices/queries';
import type { Actor, Geography, Member, Verdict } from '@/api/permissions';
import { useSignedInSession } from '@/api/session/use-signed-in-session';

export type ActorRules =
  | { state: 'loading' }
  | { state: 'unknown'; verdict: { allowed: false; reason: string }; error?: unknown; retry?: () => void }
  | { state: 'ready'; actor: Actor; geography: Geography };

/** The signed-in administrator's rights and the offices' regions, which every permission rule needs. */
export function useActorRules(accountId: string): ActorRules {
  const { identity } = useSignedInSession();
  const actor = useQuery({ ...actorQueries.current(accountId, identity.email ?? ''), enabled: Boolean(identity.email) });
  const offices = useQuery(officeQueries.list(accountId));
  const geography = useMemo(() => geographyOf(offices.data ?? []), [offices.data]);
  if (!identity.email) return { state: 'unknown', verdict: { allowed: false, reason: 'Your sign-in carries no email, so your rights are unknown.' } };
  if (actor.isPending || offices.isPending) return { state: 'loading' };
  if (actor.isError) {
    return {
      state: 'unknown',
      verdict: { allowed: false, reason: `Your rights could not be read: ${actor.error.message}` },
      error: actor.error,
      retry: () => void actor.refetch(),
    };
  }
  if (!actor.data) return { state: 'unknown', verdict: { allowed: false, reason: 'You are not a member of this account.' } };
  return { state: 'ready', actor: actor.data.actor, geography };
}

type Rule<A extends unknown[]> = (actor: Actor, geography: Geography, member: Member, ...rest: A) => Verdict;

/** A rule applied with the rules' context; while loading, nothing is allowed yet. */
export function judge<A extends unknown[]>(rules: ActorRules, rule: Rule<A>, member: Member, ...rest: A): Verdict {
  if (rules.state === 'loading') return { allowed: false, reason: 'Checking your rights…' };
  if (rules.state === 'unknown') return rules.verdict;
  return rule(rules.actor, rules.geography, member, ...rest);
}
