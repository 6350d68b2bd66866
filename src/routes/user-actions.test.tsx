// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { userQueries } from '@/api/users/queries';
import { renderApp } from '@/testing/render';
import { signInToSimulator } from '@/testing/simulator-fetch';

const ADMIN = 'admin@harborpine.example';

async function userIdOf(accountId: string, email: string): Promise<number> {
  const response = await fetch(`/api/v2/accounts/${accountId}/users?filter=${encodeURIComponent(email)}`);
  const body = (await response.json()) as { userSummaries: Array<{ userId: number; email: string }> };
  const user = body.userSummaries.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.userId;
}

type Someone = { userId: number; email: string; name: string };

/**
 * A generated member deep in the list that no other test names: the simulator is shared by every test file, so
 * a test that changes someone must not change a person other tests read (Maria, Peter, Owen…).
 */
async function someoneUnnamed(accountId: string, startPosition: number): Promise<Someone> {
  const response = await fetch(`/api/v2/accounts/${accountId}/users?accessLevel=Contributor&status=Active&sort=EmailDesc&startPosition=${startPosition}&count=1`);
  const body = (await response.json()) as { userSummaries: Array<{ userId: number; email: string; firstName: string; lastName: string }> };
  const [user] = body.userSummaries;
  if (!user) throw new Error('no generated member there');
  return { userId: user.userId, email: user.email, name: `${user.firstName} ${user.lastName}` };
}

const field = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

/** The row of the users table that holds `name`, read from the DOM (role queries over the table are slow). */
async function rowOf(name: string): Promise<HTMLTableRowElement> {
  const table = await screen.findByRole('table', { name: /^Users\b/ });
  let found: HTMLTableRowElement | undefined;
  await waitFor(() => {
    found = [...table.querySelectorAll('tbody tr')].find((row) => row.textContent?.includes(name)) as HTMLTableRowElement | undefined;
    expect(found).toBeDefined();
  });
  return found!;
}

/** An action button once the admin's rights are known and allow it. */
async function enabledButton(name: string): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  return button;
}

describe('user detail actions (against the simulator)', () => {
  it('says that a new default office is one of their offices now too', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const someone = await someoneUnnamed(proxy.session.accountId, 50);
    const { user } = renderApp(`/users/${someone.userId}`);
    await screen.findByRole('heading', { name: someone.name, level: 1 });
    const offices = field('Offices') ?? '';
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'New default office' });
    const other = await waitFor(() => {
      const found = [...select.options].find((option) => option.value !== '' && !offices.includes(option.textContent ?? ''));
      expect(found).toBeDefined();
      return found!;
    });
    await user.selectOptions(select, other.value);
    await user.click(await enabledButton('Change default office'));
    expect(await screen.findByText(`${other.textContent} is now ${someone.name}'s default office, and one of their offices.`)).toBeTruthy();
  });

  it('refuses a lock reason nobody can read, sending nothing', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const someone = await someoneUnnamed(proxy.session.accountId, 45);
    const { user } = renderApp(`/users/${someone.userId}`);
    await screen.findByRole('heading', { name: someone.name, level: 1 });
    await user.click(await enabledButton('Lock'));
    const dialog = await screen.findByRole('dialog', { name: `Lock ${someone.name}` });
    await user.click(within(dialog).getByRole('textbox', { name: /Reason/ }));
    await user.paste('\u200b \u200b');
    await user.click(within(dialog).getByRole('button', { name: 'Lock user' }));
    expect(await within(dialog).findByText('Enter the reason for locking this user.')).toBeTruthy();
    expect(proxy.requests.filter((request) => request.startsWith('POST') && request.endsWith('/lock'))).toEqual([]);
  });

  it('a lock shows on the detail at once and on the list the admin came from, though its page was fresh', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const someone = await someoneUnnamed(proxy.session.accountId, 40);
    const { user, queryClient } = renderApp(`/users?q=${encodeURIComponent(someone.email)}`);
    const before = await rowOf(someone.name);
    expect(before.textContent).not.toMatch(/Locked/);
    await user.click(within(before).getByRole('link', { name: someone.name }));
    await screen.findByRole('heading', { name: someone.name, level: 1 });

    await user.click(await enabledButton('Lock'));
    const dialog = await screen.findByRole('dialog', { name: `Lock ${someone.name}` });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Left the brokerage');
    await user.click(within(dialog).getByRole('button', { name: 'Lock user' }));

    await waitFor(() => expect(field('Locked')).toBe('Yes, locked out'));
    expect(await screen.findByRole('button', { name: 'Unlock' })).toBeTruthy();
    // Every cached list is stale now, so the next look refetches it.
    expect(queryClient.getQueryCache().findAll({ queryKey: userQueries.lists() }).every((query) => query.isStale())).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Back to users' }));
    await waitFor(async () => expect((await rowOf(someone.name)).textContent).toMatch(/Locked/));
  });

  it('a new default office comes from the reply, and a list opened afterwards shows it', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const someone = await someoneUnnamed(proxy.session.accountId, 41);
    const { user } = renderApp(`/users/${someone.userId}`);
    await screen.findByRole('heading', { name: someone.name, level: 1 });

    const select = await screen.findByRole('combobox', { name: 'New default office' });
    // Offices are offered once the admin's rights are known, after "Choose…".
    const choice = await waitFor(() => {
      const first = within(select).getAllByRole('option')[1] as HTMLOptionElement | undefined;
      expect(first?.value).toBeTruthy();
      return first!;
    });
    const office = choice.textContent ?? '';
    await user.selectOptions(select, choice.value);
    await user.click(await enabledButton('Change default office'));
    await waitFor(() => expect(field('Default office')).toBe(office));

    await user.click(screen.getByRole('link', { name: 'Back to users' }));
    const search = await screen.findByRole('searchbox', { name: 'Search users' });
    await user.type(search, someone.email);
    await waitFor(async () => expect((await rowOf(someone.name)).textContent).toContain(office));
  });

  it('removing a room owner keeps the dialog open with the rooms explanation and the trace token', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const owen = await userIdOf(proxy.session.accountId, 'owen.owner@harborpine.example');
    const { user, queryClient } = renderApp(`/users/${owen}`);
    await screen.findByRole('heading', { name: 'Owen Oliver', level: 1 });
    await user.click(await enabledButton('Remove from company'));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Owen Oliver?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove user' }));

    expect(await within(dialog).findByText(/Owen Oliver owns rooms\. Transfer them to someone else in the Rooms console first/)).toBeTruthy();
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toMatch(/USER_OWNS_ROOMS/);
    expect(alert.textContent).toMatch(/trace/i);
    // A refusal by a rule of the service, headed as one: the user exists.
    expect(within(alert).getByRole('heading').textContent).toMatch(/^Could not remove/);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(queryClient.getQueryData(userQueries.detail(proxy.session.accountId, owen).queryKey)).toBeDefined();
  });
});
