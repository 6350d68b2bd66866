// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/testing/render';
import { signInToSimulator } from '@/testing/simulator-fetch';

const ADMIN = 'admin@harborpine.example';

/** The id of the user with `email`, looked up through the app's own API path. */
async function userIdOf(accountId: string, email: string): Promise<number> {
  const response = await fetch(`/api/v2/accounts/${accountId}/users?filter=${encodeURIComponent(email)}`);
  const body = (await response.json()) as { userSummaries: Array<{ userId: number; email: string }> };
  const user = body.userSummaries.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.userId;
}

const field = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('user detail (against the simulator)', () => {
  it('tells why a Company user has no region actions', async () => {
    const proxy = await signInToSimulator(ADMIN);
    renderApp(`/users/${await userIdOf(proxy.session.accountId, ADMIN)}`);
    const regions = await screen.findByRole('region', { name: 'Regions' });
    expect(within(regions).getByText(/Only Region-level users belong to regions; Company users oversee every region already\./)).toBeTruthy();
  });

  it('offers no office to leave to a Region user, who has a default office but is in no office', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const rita = await userIdOf(proxy.session.accountId, 'rita.region@harborpine.example');
    renderApp(`/users/${rita}`);

    await screen.findByRole('heading', { name: 'Rita Ramos', level: 1 });
    expect(field('Default office')).toBe('Boston Downtown');
    expect(field('Offices')).toBe('—');
    const offices = await screen.findByRole('region', { name: 'Offices' });
    const toLeave = within(offices).getByRole('combobox', { name: 'Office to leave' });
    expect([...toLeave.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['None available']);
    expect(await within(offices).findByText('This user is in no office.')).toBeTruthy();
  });

  it('shows every field with names resolved, and a v5 manager’s classic permissions', async () => {
    const proxy = await signInToSimulator(ADMIN);
    proxy.useAccount('Cedar Classic Homes');
    const userId = await userIdOf(proxy.session.accountId, 'mona.manager@cedarclassic.example');
    renderApp(`/users/${userId}`);

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toMatch(/\S+ \S+/);
    expect(field('Email')).toBe('mona.manager@cedarclassic.example');
    expect(field('Title')).toMatch(/^Title \d+$/);
    expect(['Springfield', 'Shelbyville']).toContain(field('Default office'));
    expect(field('Default region')).toBe('Central');
    expect(screen.queryByText('Role', { selector: 'dt' })).toBeNull();

    const permissions = screen.getByRole('region', { name: 'Classic permissions' });
    expect(within(permissions).getByText('Manage company members')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Actions' })).toBeTruthy();
  });

  it('"Back to users" returns to the list the user last saw, even after a reload of the detail', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const userId = await userIdOf(proxy.session.accountId, 'maria.garcia@harborpine.example');
    // The list was seen in this tab before the detail was reloaded.
    const list = renderApp('/users?q=ma&status=Active&page=2');
    await screen.findByRole('table', { name: /users/i });
    list.unmount();
    const { user, router } = renderApp(`/users/${userId}`);
    await screen.findByRole('heading', { name: 'Maria Garcia', level: 1 });

    await user.click(screen.getByRole('link', { name: 'Back to users' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users'));
    expect(router.state.location.search).toBe('?q=ma&status=Active&page=2');
  });

  it('an id that cannot be a user is "not found" without asking the API', async () => {
    const proxy = await signInToSimulator(ADMIN);
    renderApp('/users/not-a-number');
    expect(await screen.findByRole('heading', { name: 'User not found', level: 1 })).toBeTruthy();
    expect(proxy.requests.some((request) => request.includes('/users/not-a-number'))).toBe(false);
  });

  it('a user outside a regional manager\'s regions is "not found" with what that can mean, and the server\'s trace token', async () => {
    const admin = await signInToSimulator(ADMIN);
    const api = `/api/v2/accounts/${admin.session.accountId}`;
    const { officeSummaries } = (await (await fetch(`${api}/offices?search=San%20Diego`)).json()) as { officeSummaries: { officeId: number }[] };
    const { userSummaries } = (await (await fetch(`${api}/users?defaultOfficeId=${officeSummaries[0]!.officeId}&count=1`)).json()) as {
      userSummaries: { userId: number }[];
    };
    await signInToSimulator('rita.region@harborpine.example');
    renderApp(`/users/${userSummaries[0]!.userId}`);
    expect(await screen.findByRole('heading', { name: 'User not found', level: 1 })).toBeTruthy();
    expect(screen.getByText('Either there is no such user, or they are outside the offices and regions you oversee: Rooms answers the same for both.')).toBeTruthy();
    expect(screen.getByText(/Trace token/)).toBeTruthy();
  });
});
