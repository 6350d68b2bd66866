import { beforeEach, describe, expect, it, vi } from 'vitest';

import { bulkOperation, type BulkInput } from '@/api/bulk-operations';
import { createBulkJob } from '@/api/bulk-runner';
import { applyStep, type MembershipStep, type Memberships } from '@/api/users/membership-steps';
import * as requests from '@/api/users/requests';
import type { User } from '@/api/users/schemas';
import { createVirtualClock } from '@/testing/virtual-clock';

vi.mock('@/api/users/requests');

const BOSTON = 1;
const CAMBRIDGE = 2;

/** One user on a stand-in server; `lose` names calls whose reply is lost after they took effect. */
function serverWith(start: Memberships, lose: Set<string>) {
  let user = { ...start };
  const effect = (name: string, step: MembershipStep) => async () => {
    user = applyStep(user, step);
    if (lose.delete(name)) throw Object.assign(new Error('The request timed out before the service answered.'), { status: 0 });
  };
  vi.mocked(requests.getUser).mockImplementation(async (_account, userId) => ({ userId, email: 'u@example.com', firstName: 'U', lastName: 'X', isLockedOut: false, ...user, offices: [...user.offices], regions: [...user.regions], permissions: {} }) as User);
  vi.mocked(requests.addUserToOffice).mockImplementation((_a, _u, officeId) => effect('addToOffice', { call: 'addToOffice', officeId })());
  vi.mocked(requests.updateDefaultOffice).mockImplementation(async (_a, _u, officeId) => {
    await effect('setDefaultOffice', { call: 'setDefaultOffice', officeId, previousOfficeId: user.defaultOfficeId ?? -1 })();
    return {} as User;
  });
  vi.mocked(requests.removeUserFromOffice).mockImplementation((_a, _u, officeId) => effect('removeFromOffice', { call: 'removeFromOffice', officeId })());
  return { now: () => user };
}

const move: MembershipStep[] = [
  { call: 'addToOffice', officeId: BOSTON },
  { call: 'setDefaultOffice', officeId: BOSTON, previousOfficeId: CAMBRIDGE },
  { call: 'removeFromOffice', officeId: CAMBRIDGE },
];

async function runMove() {
  const { clock, runUntil } = createVirtualClock();
  const rows: { key: string; input: BulkInput }[] = [{ key: 'user-7', input: { label: 'U X', userId: 7, steps: move } }];
  const job = createBulkJob(rows, bulkOperation('acc', { kind: 'membership' }), { clock });
  await runUntil(job.start());
  return job.getView().rows[0]!;
}

describe('membership steps run as a bulk job', () => {
  beforeEach(() => vi.resetAllMocks());

  it('records a step whose reply was lost but which took effect, so undo takes it back', async () => {
    const before = { defaultOfficeId: CAMBRIDGE, offices: [CAMBRIDGE], regions: [] };
    const server = serverWith(before, new Set(['setDefaultOffice']));
    const row = await runMove();
    expect(row.status).toBe('succeeded');
    expect(row.result).toEqual(move);
    // What the job records is what it did: exactly what an undo must take back to return to where it started.
    expect((row.result as MembershipStep[]).reduce((user, step) => applyStep(user, step), before)).toEqual(server.now());
  });

  it('does not count a step that was already in effect before the job as done by it', async () => {
    serverWith({ defaultOfficeId: CAMBRIDGE, offices: [CAMBRIDGE, BOSTON], regions: [] }, new Set());
    const row = await runMove();
    expect(row.result).toEqual(move.slice(1));
  });
});
