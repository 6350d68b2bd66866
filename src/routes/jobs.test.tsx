// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { bulkJobStoreFor } from '@/components/bulk-job/bulk-job-store-loader';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { paths } from '@/config/paths';
import { renderApp } from '@/testing/render';
import { signInToSimulator } from '@/testing/simulator-fetch';

describe('bulk jobs of an administrator of two companies (against the simulator)', () => {
  it('lists the company\'s own jobs first and the other company\'s under its name, and a job of the other company offers to switch to it', async () => {
    const proxy = await signInToSimulator('admin@harborpine.example');
    const cedar = proxy.session.accounts.find((account) => account.name === 'Cedar Classic Homes')!;
    const store = await bulkJobStoreFor(jobOwner(proxy.session.identity));
    const row = (label: string) => ({ key: label, input: { label, userId: 1 }, status: 'skipped' as const, message: 'Already locked.' });
    const here = await store.create(proxy.session.accountId, { kind: 'lock', reason: 'Left the firm' }, [row('Ana Bell')]);
    const there = await store.create(cedar.accountId, { kind: 'unlock' }, [row('Cy Dunn'), row('Ed Fox')]);

    const { user, router } = renderApp(paths.jobs.href());
    const lists = await screen.findAllByRole('list');
    expect(within(lists[0]!).getByRole('link').textContent).toBe(here.title);
    const other = screen.getByRole('heading', { name: 'On Cedar Classic Homes' });
    expect(within(other.parentElement!).getByRole('link').textContent).toBe(there.title);

    await user.click(within(other.parentElement!).getByRole('link'));
    const note = await screen.findByRole('note', { name: 'This job is on Cedar Classic Homes' });
    await user.click(within(note).getByRole('button', { name: 'Switch to Cedar Classic Homes' }));
    expect(await screen.findByText('Cedar Classic Homes', { selector: 'header *' })).toBeTruthy();
    expect(router.state.location.pathname).toBe(paths.job.href(there.id));
    expect(screen.queryByRole('note', { name: 'This job is on Cedar Classic Homes' })).toBeNull();
  });
});
