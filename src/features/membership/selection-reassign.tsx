import { useSignedInSession } from '@/api/session/use-signed-in-session';
import type { UserSummary } from '@/api/users/schemas';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { ReassignDialog } from '@/features/membership/reassign-dialog';
import { useMembershipContext } from '@/features/membership/use-membership-context';

type Props = { accountId: string; users: readonly UserSummary[]; onClose: () => void; onStarted: () => void };

/**
 * The reviewed reassignment plan for users picked on the user list: the same dialog as on office and region pages,
 * with no source page (a move to an office leaves each user's default office). Users the membership index does not
 * know yet are read when the plan is reviewed, paced by the rate limit.
 */
export function SelectionReassign({ accountId, users, onClose, onStarted }: Props) {
  const { identity } = useSignedInSession();
  const owner = jobOwner(identity);
  const context = useMembershipContext(accountId, owner, identity.email ?? '');
  const actor = context.actor.data?.actor;
  const actorError = context.actor.error ?? (context.actor.data && !actor ? new Error('Your own user record in this account could not be read.') : undefined);
  return (
    <ReassignDialog
      opened
      onClose={onClose}
      onStarted={onStarted}
      accountId={accountId}
      owner={owner}
      actor={actor}
      actorError={actorError}
      geography={context.geography}
      offices={context.offices.data ?? []}
      regions={context.regions.data ?? []}
      names={context.names}
      index={context.indexState.index}
      userIds={users.map((user) => user.userId)}
      known={users}
    />
  );
}
