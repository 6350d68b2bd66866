// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';

import { SearchBox } from '@/features/users/search-box';

function List() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <SearchBox value={params.get('q') ?? ''} onSearch={(q) => setParams(q ? { q } : {})} />
      <Link to="/users/7">Abby Acker</Link>
    </>
  );
}

/** A list with the search box, and a user page whose loader waits until the test lets it go. */
function renderList() {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const router = createMemoryRouter(
    [
      { path: '/users', Component: List },
      { path: '/users/:id', loader: () => held.then(() => null), Component: () => <h1>Abby Acker</h1> },
    ],
    { initialEntries: ['/users'] },
  );
  render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return { router, release, user: userEvent.setup() };
}

const longerThanThePause = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('search box', () => {
  it('searches after a pause in typing', async () => {
    const { router, user } = renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'abby');
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(router.state.location.search).toBe('?q=abby'));
  });

  it('a user clicked mid-typing opens, even when their page loads slower than the pause', async () => {
    const { router, release, user } = renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'abby');
    await user.click(screen.getByRole('link', { name: 'Abby Acker' }));
    expect(router.state.navigation.location?.pathname).toBe('/users/7');

    await longerThanThePause();
    release();
    expect(await screen.findByRole('heading', { name: 'Abby Acker', level: 1 })).toBeTruthy();
    await longerThanThePause();
    expect(router.state.location.pathname).toBe('/users/7');
    expect(router.state.location.search).toBe('');
  });
});
