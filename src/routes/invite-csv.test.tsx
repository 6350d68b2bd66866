// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderApp } from '@/testing/render';
import { signInToSimulator } from '@/testing/simulator-fetch';

/** A picked file; jsdom's File cannot be read, so it answers with its text as the browser's would. */
const csv = (name: string, ...lines: string[]) =>
  Object.assign(new File([lines.join('\n')], name, { type: 'text/csv' }), { arrayBuffer: async () => new TextEncoder().encode(lines.join('\n')).buffer });
const good = csv('staff.csv', 'email,firstName,lastName', 'ann.lee@newhire.example,Ann,Lee');

describe('the CSV file on the bulk invite page (against the simulator)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    sessionStorage.clear();
  });

  it('keeps the file read before, with its counts, when the next one cannot be read', async () => {
    await signInToSimulator('admin@harborpine.example');
    const { user } = renderApp('/invite/csv');
    const input = await screen.findByLabelText('CSV file to upload');
    await user.upload(input, good);
    expect(await screen.findByText((_, element) => element?.textContent === 'staff.csv: 1 row, 3 columns')).toBeTruthy();

    await user.upload(input, csv('notes.csv', 'email,firstName,lastName'));
    const alert = await screen.findByRole('alert', { name: 'notes.csv could not be read' });
    expect(alert.textContent).toContain('The file has a header line but no data rows: add one line per person below the header. staff.csv is still the file below.');
    expect(screen.getByText((_, element) => element?.textContent === 'staff.csv: 1 row, 3 columns')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '2. Columns and defaults' })).toBeTruthy();

    const gone = Object.assign(new File([''], 'moved.csv'), {
      arrayBuffer: () => Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError')),
    });
    await user.upload(input, gone);
    expect((await screen.findByRole('alert', { name: 'moved.csv could not be read' })).textContent).toBe(
      'moved.csv could not be readThe browser could not read it (The requested file could not be read.): it may have been moved or changed since it was chosen. Choose it again. staff.csv is still the file below.',
    );
    expect(screen.getByText((_, element) => element?.textContent === 'staff.csv: 1 row, 3 columns')).toBeTruthy();
  });

  it('says when the tab cannot keep the file over a reload, and leaves no older file to come back in its place', async () => {
    await signInToSimulator('admin@harborpine.example');
    const { user } = renderApp('/invite/csv');
    const input = await screen.findByLabelText('CSV file to upload');
    await user.upload(input, csv('old.csv', 'email,firstName,lastName', 'bo@newhire.example,Bo,Ng'));
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('rooms-admin:invite-csv:'));
    expect(key && sessionStorage.getItem(key)).toContain('old.csv');
    expect(screen.queryByRole('note', { name: 'This file is too big to keep over a reload' })).toBeNull();

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.upload(input, good);
    const note = await screen.findByRole('note', { name: 'This file is too big to keep over a reload' });
    expect(note.textContent).toContain('if it is reloaded or you sign in again, choose staff.csv again.');
    expect(sessionStorage.getItem(key!)).toBeNull();
    expect(screen.queryByText(/so a reload loses nothing/)).toBeNull();
  });

  it('says once for the file which defaults it leaves out', async () => {
    await signInToSimulator('admin@harborpine.example');
    const { user } = renderApp('/invite/csv');
    await user.upload(await screen.findByLabelText('CSV file to upload'), csv('names.csv', 'E-mail Address,First Name,Last Name', 'ann.lee@newhire.example,Ann,Lee'));
    const note = await screen.findByRole('note', { name: 'Choose the defaults this file leaves out' });
    expect(note.textContent).toContain(
      'The file has no role, access level or default office column: choose a default role, access level and default office below, or add the columns to the file.',
    );
    expect((await screen.findByTestId('preview-summary', {}, { timeout: 20_000 })).textContent).toBe('1 row: 0 ready, 1 invalid, 0 duplicate in file, 0 already a member.');
  });
});
