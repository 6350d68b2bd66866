import { describe, expect, it } from 'vitest';
import { getCurrentActor } from '@/api/actor/requests';
import { canInvite, canLock, canRemove, grantableLevels } from '@/api/permissions';
import { signInToSimulator } from '@/testing/simulator-fetch';

const harborPine = '7f3c2a9e-5b1d-4e8a-9c6f-2d4b8e1a3f50';
const cedar = '2b8e4f1c-9a3d-4c7e-b5f2-8e1d6a4c9b37';
const geography = { regionOfOffice: () => undefined };

async function actorOf(email: string, accountId = harborPine) {
  await signInToSimulator(email);
  const current = await getCurrentActor(accountId, email);
  if (!current) throw new Error(`${email} is not a member`);
  return current.actor;
}

describe('the signed-in administrator, read from the simulator', () => {
  it('knows the Default Admin, and what rita, omar and alex may do', async () => {
    expect(await actorOf('admin@harborpine.example')).toMatchObject({ isDefaultAdmin: true, accessLevel: 'Company' });

    const rita = await actorOf('rita.region@harborpine.example');
    expect(rita).toMatchObject({ isDefaultAdmin: false, accessLevel: 'Region' });
    expect(grantableLevels(rita)).toEqual(['Contributor', 'Office']);

    const omar = await actorOf('omar.office@harborpine.example');
    const agent = { userId: -1, accessLevel: 'Contributor', defaultOfficeId: omar.defaultOfficeId };
    expect(canLock(omar, geography, agent)).toEqual({ allowed: true });
    expect(canRemove(omar, geography, agent).allowed).toBe(false);
    expect(canInvite(omar).allowed).toBe(false);

    const alex = await actorOf('alex.agent@harborpine.example');
    expect(canLock(alex, geography, { ...agent, defaultOfficeId: alex.defaultOfficeId }).allowed).toBe(false);
  });

  it('reads v5 classic rights: Admin, and managers with and without canManageCompanyMembers', async () => {
    expect(await actorOf('admin@harborpine.example', cedar)).toMatchObject({ isDefaultAdmin: true });
    expect(canInvite(await actorOf('mona.manager@cedarclassic.example', cedar)).allowed).toBe(true);
    expect(canInvite(await actorOf('milo.manager@cedarclassic.example', cedar)).allowed).toBe(false);
  });
});
