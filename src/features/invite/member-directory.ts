import { MAX_PAGE_SIZE } from '@/api/paging';
import { getUsers } from '@/api/users/requests';
import type { UserSummary } from '@/api/users/schemas';

export type Progress = { loaded: number; total?: number };

/**
 * Every member the caller can see, read 100 at a time (the API has no "does this email exist" call), for telling
 * "already a member" apart before anything is sent and for the titles v5 managers hold.
 */
export async function readAllMembers(accountId: string, signal: AbortSignal, onProgress?: (progress: Progress) => void): Promise<UserSummary[]> {
  const all: UserSummary[] = [];
  for (let page = 0; page < 2_000; page += 1) {
    const list = await getUsers(accountId, { startPosition: all.length, count: MAX_PAGE_SIZE }, signal);
    all.push(...list.userSummaries);
    const total = list.totalRowCount ?? undefined;
    onProgress?.({ loaded: all.length, total });
    if (list.userSummaries.length === 0 || list.nextUri === null) break;
    if (total !== undefined ? all.length >= total : list.userSummaries.length < MAX_PAGE_SIZE) break;
  }
  return all;
}

/** What a file's row for an existing member says: the member's state, when it asks for another action than an invite. */
export function memberNote(member: Pick<UserSummary, 'status' | 'isLockedOut'>): string {
  if (member.isLockedOut) return 'Already a member of the company, locked: unlock them from their page instead.';
  if (member.status === 'Pending') return 'Already a member of the company, still Pending: reinvite them from their page instead.';
  return 'Already a member of the company.';
}

/** Every member's address (lower case), with what a row inviting them again says. */
export const memberEmails = (members: readonly Pick<UserSummary, 'email' | 'status' | 'isLockedOut'>[]): ReadonlyMap<string, string> =>
  new Map(members.map((member) => [member.email.trim().toLowerCase(), memberNote(member)]));

/** The v5 titles seen on existing members, with a readable label (the API has no titles endpoint). */
export function titlesOf(members: readonly UserSummary[]): { value: string; label: string }[] {
  const ids = [...new Set(members.flatMap((member) => (member.titleId === undefined ? [] : [member.titleId])))].sort((a, b) => a - b);
  return ids.map((id) => ({ value: String(id), label: `Title ${id}` }));
}
