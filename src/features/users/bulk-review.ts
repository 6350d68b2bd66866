import type { BulkInput, BulkSpec } from '@/api/bulk-operations';
import {
  canAddToOffice,
  canAddToRegion,
  canChangeDefaultOffice,
  canLock,
  canReinvite,
  canRemove,
  canRemoveFromOffice,
  canRemoveFromRegion,
  canUnlock,
  type Actor,
  type Geography,
  type Verdict,
} from '@/api/permissions';
import type { UserSummary } from '@/api/users/schemas';
import { fullName } from '@/features/users/lookups';
import { memberOf } from '@/features/users/member';

/** The bulk actions the list offers, each a job kind (jobs of the other kinds it once offered still run and show). */
export type BulkAction = Exclude<BulkSpec['kind'], 'invite' | 'membership' | 'addToOffice' | 'addToRegion'>;

/**
 * The list's own bulk actions. Joining an office or region (alone, or as a move) is not among them: the selection
 * goes to the reviewed reassignment plan for that ("Move or add to an office or region…" in the menu), which reads
 * each user's memberships and shows every call. What the plan does not do stays here.
 */
export const BULK_ACTIONS: { action: BulkAction; label: string; verb: string; group: 'access' | 'places' }[] = [
  { action: 'lock', label: 'Lock…', verb: 'Lock', group: 'access' },
  { action: 'unlock', label: 'Unlock…', verb: 'Unlock', group: 'access' },
  { action: 'reinvite', label: 'Reinvite…', verb: 'Reinvite', group: 'access' },
  { action: 'remove', label: 'Remove from company…', verb: 'Remove', group: 'access' },
  { action: 'setDefaultOffice', label: 'Change default office only…', verb: 'Change the default office of', group: 'places' },
  { action: 'removeFromOffice', label: 'Remove from an office…', verb: 'Remove from the office', group: 'places' },
  { action: 'removeFromRegion', label: 'Remove from a region…', verb: 'Remove from the region', group: 'places' },
];

export type Refusal = { user: UserSummary; reason: string };
export type BulkReview = { accepted: UserSummary[]; refused: Refusal[] };

/** What the rules say about one row, from its summary (memberships beyond the default office are not known). */
export function verdictFor(actor: Actor, geography: Geography, spec: BulkSpec, user: UserSummary): Verdict {
  const member = memberOf(user);
  switch (spec.kind) {
    case 'lock':
      return canLock(actor, geography, member);
    case 'unlock':
      return canUnlock(actor, geography, member);
    case 'reinvite':
      return canReinvite(actor, geography, member);
    case 'remove':
      return canRemove(actor, geography, member);
    case 'setDefaultOffice':
      return canChangeDefaultOffice(actor, geography, member, spec.officeId);
    case 'addToOffice':
      return canAddToOffice(actor, geography, member, spec.officeId);
    case 'removeFromOffice':
      return canRemoveFromOffice(actor, geography, member, spec.officeId);
    case 'addToRegion':
      return canAddToRegion(actor, geography, member, spec.regionId);
    case 'removeFromRegion':
      return canRemoveFromRegion(actor, geography, member, spec.regionId);
    default:
      return { allowed: false, reason: 'Not a bulk action of the list.' };
  }
}

/** Splits the selection into the rows the rules allow and those they refuse, with each refusal's reason. */
export function reviewBulk(actor: Actor, geography: Geography, spec: BulkSpec, users: readonly UserSummary[]): BulkReview {
  const review: BulkReview = { accepted: [], refused: [] };
  for (const user of users) {
    const verdict = verdictFor(actor, geography, spec, user);
    if (verdict.allowed) review.accepted.push(user);
    else review.refused.push({ user, reason: verdict.reason });
  }
  return review;
}

export const rowLabel = (user: UserSummary) => `${fullName(user)} <${user.email}>`;

/** The job's rows: the accepted ones to send, the refused ones kept as skipped with their reason. */
export function jobRows(review: BulkReview): { key: string; input: BulkInput; status?: 'skipped'; message?: string }[] {
  return [
    ...review.accepted.map((user) => ({ key: String(user.userId), input: { label: rowLabel(user), userId: user.userId } })),
    ...review.refused.map(({ user, reason }) => ({
      key: String(user.userId),
      input: { label: rowLabel(user), userId: user.userId },
      status: 'skipped' as const,
      message: reason,
    })),
  ];
}

/** "Maria Garcia — not locked": the reason without the name again when it starts with it. */
export function refusalText({ user, reason }: Refusal): string {
  const name = fullName(user);
  const rest = reason.startsWith(`${name} `) ? reason.slice(name.length + 1) : reason;
  return `${name} — ${rest}`;
}

/** "Lock 37 users: 35 can be locked; 2 cannot." */
export function summary(verb: string, review: BulkReview): string {
  const total = review.accepted.length + review.refused.length;
  const users = (count: number) => `${count} ${count === 1 ? 'user' : 'users'}`;
  if (review.refused.length === 0) return `${verb} ${users(total)}: all ${total} can be done.`;
  return `${verb} ${users(total)}: ${review.accepted.length} can be done; ${review.refused.length} cannot.`;
}
