// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/testing/render';
import { signInToSimulator } from '@/testing/simulator-fetch';

const ADMIN = 'admin@harborpine.example';
const REGION_MANAGER = 'rita.region@harborpine.example';

// The table is found by its role and name; rows and cells are then read from the DOM directly, because
// role queries over a few hundred cells are slow enough in jsdom to time out a loaded machine.

/** The body rows of the users table, once it has some. */
async function tableRows(): Promise<HTMLTableRowElement[]> {
  const table = await screen.findByRole('table', { name: /users/i });
  await waitFor(() => expect(table.querySelectorAll('tbody tr:not([aria-hidden])').length).toBeGreaterThan(0));
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr:not([aria-hidden])')];
}

/** The text of one column for every row, by the column header's text. */
async function column(header: string): Promise<string[]> {
  const table = await screen.findByRole('table', { name: /users/i });
  const headers = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim() ?? '');
  const index = headers.findIndex((text) => text === header);
  expect(index, `column ${header} among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return (await tableRows()).map((row) => row.cells[index]?.textContent?.trim() ?? '');
}

const rangeText = () => screen.findByText(/^\d[\d,]*–\d[\d,]* of [\d,]+$/);

describe('user list (against the simulator)', () => {
  it('finds Maria Garcia by searching "maria", and her detail shows her default office', async () => {
    await signInToSimulator(ADMIN);
    const { user, router } = renderApp('/users');
    await tableRows();

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'maria');
    await waitFor(() => expect(router.state.location.search).toBe('?q=maria'));
    const link = await screen.findByRole('link', { name: 'Maria Garcia' });
    await waitFor(async () => expect((await column('Email')).every((email) => email.startsWith('maria'))).toBe(true));

    await user.click(link);
    expect(await screen.findByRole('heading', { name: 'Maria Garcia', level: 1 })).toBeTruthy();
    const term = await screen.findByText('Default office', { selector: 'dt' });
    expect(term.nextElementSibling?.textContent).toBe('Boston Downtown');
    expect(screen.getByText('Default region', { selector: 'dt' }).nextElementSibling?.textContent).toBe('Northeast');

    // "Back to users" returns to the exact list the user came from.
    await user.click(screen.getAllByRole('link', { name: 'Back to users' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe('?q=maria'));
    expect(await screen.findByRole('link', { name: 'Maria Garcia' })).toBeTruthy();
  });

  it('a user opened while a search is still being typed stays open: the pending search is dropped, not applied', async () => {
    await signInToSimulator(ADMIN);
    const { user, router } = renderApp('/users');
    const [first] = await tableRows();
    const link = within(first!).getAllByRole('link')[0]!;
    const name = link.textContent ?? '';

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'zz');
    await user.click(link);
    expect(await screen.findByRole('heading', { name, level: 1 })).toBeTruthy();
    const detail = router.state.location.pathname;
    expect(detail).toMatch(/^\/users\/.+/);

    // Longer than the search's pause: a search sent on leaving the list would take the user back to it.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(router.state.location.pathname).toBe(detail);
    expect(screen.getByRole('heading', { name, level: 1 })).toBeTruthy();
  });
});

describe('user list loading', () => {
  it('asks for the first page of users without waiting for the account details, when the session knows the version', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const account = proxy.hold(/^GET \/api\/v2\/accounts\/[^/?]+$/);
    renderApp('/users');

    await waitFor(() => expect(proxy.requests.some((request) => /^GET \/api\/v2\/accounts\/[^/]+\/users\?/.test(request))).toBe(true));
    expect(screen.queryByRole('table', { name: /users/i })).toBeNull();

    account.release();
    expect((await tableRows()).length).toBeGreaterThan(0);
  });
});

describe('user list state', () => {
  it('filters by status and sorts by last name through the column header, all in the URL', async () => {
    await signInToSimulator(ADMIN);
    const { user, router } = renderApp('/users?page=2');
    await tableRows();

    await user.selectOptions(screen.getByLabelText('Status'), 'Pending');
    // A new filter starts again at page 1.
    await waitFor(() => expect(router.state.location.search).toBe('?status=Pending'));
    await waitFor(async () => expect(new Set(await column('Status'))).toEqual(new Set(['Pending'])));

    const header = screen.getByRole('columnheader', { name: 'Last name' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    await user.click(within(header).getByRole('button', { name: 'Last name' }));
    await waitFor(() => expect(header.getAttribute('aria-sort')).toBe('ascending'));
    await user.click(within(header).getByRole('button', { name: 'Last name' }));
    await waitFor(() => expect(header.getAttribute('aria-sort')).toBe('descending'));
    expect(router.state.location.search).toBe('?sort=LastNameDesc&status=Pending');
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('none');

    await waitFor(async () => {
      const lastNames = await column('Last name');
      const sorted = [...lastNames].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' }));
      expect(lastNames).toEqual(sorted);
    });
  });

  it('pages on the server and shows the total', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const { user, router } = renderApp('/users');
    await tableRows();
    const total = ((await (await fetch(`/api/v2/accounts/${proxy.session.accountId}/users?count=1`)).json()) as { totalRowCount: number })
      .totalRowCount;
    const formatted = total.toLocaleString('en-US');
    expect(total).toBeGreaterThan(100);

    expect((await rangeText()).textContent).toBe(`1–25 of ${formatted}`);
    const firstPage = await column('Name');
    expect(firstPage).toHaveLength(25);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(async () => expect((await rangeText()).textContent).toBe(`26–50 of ${formatted}`));
    const secondPage = await column('Name');
    expect(secondPage).not.toEqual(firstPage);

    await user.selectOptions(screen.getByLabelText('Rows per page'), '50');
    await waitFor(() => expect(router.state.location.search).toBe('?size=50'));
    await waitFor(async () => expect((await rangeText()).textContent).toBe(`1–50 of ${formatted}`));

    // Exactly one page per view: every users request asked for one page of the chosen size.
    const userCalls = proxy.requests.filter((request) => /\/users\?/.test(request));
    expect(userCalls.length).toBeGreaterThanOrEqual(3);
    for (const call of userCalls.filter((request) => !request.includes('count=1&') && !request.endsWith('count=1'))) {
      expect(call).toMatch(/count=(25|50)/);
    }
  });

  it('falls back to defaults for invalid URL values and cleans the URL without a new history entry', async () => {
    await signInToSimulator(ADMIN);
    const { router } = renderApp('/users?page=abc&size=7&status=nope&sort=sideways&q=%20maria%20');
    await waitFor(() => expect(router.state.location.search).toBe('?q=maria'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(await screen.findByRole('link', { name: 'Maria Garcia' })).toBeTruthy();
  });

  it('a regional manager sees only users whose default office is in her region, Northeast', async () => {
    const proxy = await signInToSimulator(REGION_MANAGER);
    const api = `/api/v2/accounts/${proxy.session.accountId}`;
    const regions = (await (await fetch(`${api}/regions`)).json()) as { regionSummaries: Array<{ regionId: number; name: string }> };
    const northeast = regions.regionSummaries.find((region) => region.name === 'Northeast')?.regionId;
    const offices = (await (await fetch(`${api}/offices`)).json()) as {
      officeSummaries: Array<{ name: string; regionId: number }>;
    };
    const northeastOffices = offices.officeSummaries.filter((office) => office.regionId === northeast).map((office) => office.name);
    expect(northeastOffices).toEqual(expect.arrayContaining(['Boston Downtown', 'Cambridge']));

    renderApp('/users?size=100');
    await tableRows();
    const shown = await column('Default office');
    expect(shown.length).toBeGreaterThan(0);
    for (const office of shown) expect(northeastOffices).toContain(office);
    expect(shown).toContain('Boston Downtown');
  });
});

describe('errors and sessions', () => {
  it('a refused call says what is not allowed, with the message and trace token, and never signs out', async () => {
    // Cedar Classic Homes is the admin's second account; Rita is no member of it, so the API refuses her there.
    const admin = await signInToSimulator(ADMIN);
    const cedar = admin.session.accounts.find((account) => account.name === 'Cedar Classic Homes');
    const proxy = await signInToSimulator(REGION_MANAGER);
    if (!cedar) throw new Error('the seed has no Cedar Classic Homes');
    proxy.session.accounts.push(cedar);
    proxy.session.accountId = cedar.accountId;

    renderApp('/users');
    const heading = await screen.findByRole('heading', { name: /^You don't have permission to read this account/ });
    const panel = heading.closest('[role="alert"]') as HTMLElement;
    expect(within(panel).getByText(/not a member of the account/)).toBeTruthy();
    expect(within(panel).getByText(/Trace token:/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('an unknown user id shows "User not found" with a way back', async () => {
    await signInToSimulator(ADMIN);
    renderApp('/users/987654321');
    expect(await screen.findByRole('heading', { name: 'User not found', level: 1 })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Back to users' }).length).toBeGreaterThan(0);
  });

  it('an expired session asks to sign in again and keeps the page as it is', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const { user, router } = renderApp('/users?q=ma');
    await tableRows();
    proxy.expireSession();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    const dialog = await screen.findByRole('dialog', { name: 'Your session expired' });
    const signIn = within(dialog).getByRole('button', { name: 'Sign in again' });
    expect(signIn).toBeTruthy();
    // Nothing underneath is reset: the search, the rows and the URL are as the user left them.
    expect((screen.getByRole('searchbox', { name: 'Search users' }) as HTMLInputElement).value).toBe('ma');
    expect(screen.getAllByRole('link', { name: /^Ma/ }).length).toBeGreaterThan(0);
    expect(router.state.location.search).toBe('?q=ma&page=2');
  });

  it('nobody signed in: the sign-in screen sends the browser to the proxy and back to this URL', async () => {
    const { vi } = await import('vitest');
    vi.stubGlobal('fetch', async (input: string) => {
      if (input === '/auth/session') return new Response(JSON.stringify({ signedIn: false }), { status: 200 });
      throw new Error(`Unhandled request in a test: ${input}`);
    });
    renderApp('/users?q=maria&status=Active');
    expect(await screen.findByRole('heading', { name: 'Sign in to Rooms Admin', level: 1 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      `/auth/login?returnTo=${encodeURIComponent('/users?q=maria&status=Active')}`,
    );
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('signing out lands on the signed-out screen', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const { user, router } = renderApp('/users');
    await tableRows();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'You have signed out', level: 1 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/signed-out');
    // The signed-out screen shows first; the proxy is told once the signed-in pages are gone.
    await waitFor(() => expect(proxy.requests).toContain('POST /auth/logout'));
  });

  it('signing out while the list is still loading asks the API for nothing afterwards', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const { user } = renderApp('/users');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'You have signed out', level: 1 })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const logout = proxy.requests.indexOf('POST /auth/logout');
    expect(logout).toBeGreaterThan(-1);
    expect(proxy.requests.slice(logout + 1).filter((request) => request.includes(' /api/'))).toEqual([]);
  });
});

describe('filters', () => {
  it('offers the company roles in the role filter, not the external roles of rooms', async () => {
    await signInToSimulator(ADMIN);
    renderApp('/users');
    await tableRows();
    const role = screen.getByRole('combobox', { name: 'Role' });
    const options = [...role.querySelectorAll('option')].map((option) => option.textContent);
    expect(options).toContain('Agent');
    expect(options).not.toContain('Buyer');
    expect(options).not.toContain('Seller');
  });
});

describe('a search that matches nobody', () => {
  it('says a full name matches nobody and which of its words to try', async () => {
    await signInToSimulator(ADMIN);
    renderApp('/users?q=Maria%20Garcia');
    expect(await screen.findByRole('heading', { name: 'No users match' })).toBeTruthy();
    expect(screen.getByText('The search matches the start of a first name, a last name or an email, one at a time: try "Maria" or "Garcia".')).toBeTruthy();
  });
});

describe('the region filter', () => {
  it('says no users match for a region that does not exist, instead of loading forever', async () => {
    await signInToSimulator(ADMIN);
    renderApp('/users?region=99999999');
    expect(await screen.findByRole('heading', { name: 'No users match' })).toBeTruthy();
    const region = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Region' });
    expect(region.selectedOptions[0]?.textContent).toMatch(/99999999/);
  });

  it('offers the chosen region’s offices only, and an office outside it matches nobody', async () => {
    await signInToSimulator(ADMIN);
    const { user, router } = renderApp('/users');
    await tableRows();
    const valueOf = (select: string, label: string) =>
      [...screen.getByRole('combobox', { name: select }).querySelectorAll('option')].find((option) => option.textContent === label)?.value;
    const atlanta = valueOf('Default office', 'Atlanta Midtown');
    const midwest = valueOf('Region', 'Midwest');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Midwest');
    const offices = () => [...screen.getByRole('combobox', { name: 'Default office' }).querySelectorAll('option')].map((option) => option.textContent);
    await waitFor(() => expect(offices()).not.toContain('Atlanta Midtown'));
    expect(offices()).toContain('Chicago Loop');

    // A link that names both anyway.
    await router.navigate(`/users?region=${midwest}&office=${atlanta}`);
    expect(await screen.findByRole('heading', { name: 'No users match' })).toBeTruthy();
  });
});

describe('a tab shared by two people', () => {
  it('hands neither a selection to the next person who signs in, nor keeps one after signing out', async () => {
    await signInToSimulator(REGION_MANAGER);
    const rita = renderApp('/users');
    await tableRows();
    await rita.user.click(screen.getByRole('checkbox', { name: 'Select every user on this page' }));
    expect(await screen.findByText(/^25 selected/)).toBeTruthy();
    rita.unmount();

    // Her session ends without a sign-out, and someone else signs in on the same tab.
    await signInToSimulator('omar.office@harborpine.example');
    const omar = renderApp('/users');
    await tableRows();
    expect(screen.getByText('No users selected')).toBeTruthy();

    await omar.user.click(screen.getByRole('checkbox', { name: 'Select every user on this page' }));
    expect(await screen.findByText(/^\d+ selected/)).toBeTruthy();
    await omar.user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'You have signed out', level: 1 })).toBeTruthy();
    omar.unmount();

    await signInToSimulator('omar.office@harborpine.example');
    renderApp('/users');
    await tableRows();
    expect(screen.getByText('No users selected')).toBeTruthy();
  });
});

describe('accounts', () => {
  it('switching to the v5 company shows the v5 badge and the Title column', async () => {
    const proxy = await signInToSimulator(ADMIN);
    const { user } = renderApp('/users?status=Active');
    expect(await screen.findByText('Rooms v6')).toBeTruthy();
    await tableRows();
    expect(screen.getByRole('columnheader', { name: 'Role' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    await user.click(screen.getByRole('menuitem', { name: 'Cedar Classic Homes' }));
    expect(await screen.findByText('Rooms v5')).toBeTruthy();
    expect(document.querySelector('header')?.textContent).toContain('Cedar Classic Homes');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Title' })).toBeTruthy());
    expect(screen.queryByRole('columnheader', { name: 'Role' })).toBeNull();
    expect(proxy.requests).toContain('PUT /auth/account');
  });
});
