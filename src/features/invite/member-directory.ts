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

export const memberEmails = (members: readonly UserSummary[]) => new Set(members.map((member) => member.email.trim().toLowerCase()));

/** The v5 titles seen on existing members, with a readable label (the API has no titles endpoint). */
export function titlesOf(members: readonly UserSummary[]): { value: string; label: string }[] {
  const ids = [...new Set(members.flatMap((member) => (member.titleId === undefined ? [] : [member.titleId])))].sort((a, b) => a - b);
  return ids.map((id) => ({ value: String(id), label: `Title ${id}` }));
}
