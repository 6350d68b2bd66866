// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/testing/render';
import { signInToSimulator } from '@/testing/simulator-fetch';

describe('invite pages (against the simulator)', () => {
  it('disables the wizard for an Office manager who may not add members, and says why', async () => {
    await signInToSimulator('omar.office@harborpine.example');
    renderApp('/invite');
    expect(await screen.findByText('You cannot invite people to this company')).toBeTruthy();
    expect(screen.getByText(/lacks canAddMemberAndSetRoleLowerAccessLevel/)).toBeTruthy();
    // The fieldset disables its fields; the input's own attribute stays unset.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'First name' }).matches(':disabled')).toBe(true));
  });

  it('tells a v5 Manager without canManageCompanyMembers up front that the CSV invite is not theirs to send', async () => {
    await signInToSimulator('milo.manager@cedarclassic.example');
    renderApp('/invite/csv');
    expect(await screen.findByText('You cannot invite people to this company')).toBeTruthy();
    expect(screen.getByText(/only an Admin, or a Manager with the permission canManageCompanyMembers, may invite people/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download a v5 template' })).toBeTruthy();
  });
});
