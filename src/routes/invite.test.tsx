// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/testing/render';
import { signInToSimulator } from '@/testing/simulator-fetch';

describe('invite pages (against the simulator)', () => {
  it('disables the wizard for an Office manager who may not add members, and says why', async () => {
    await signInToSimulator('omar.office@harborpine.example');
    renderApp('/invite');
    expect(await screen.findByText('You cannot invite people to this company')).toBeTruthy();
    expect(screen.getByText(/lacks the permissions "Add members below your access level and set their roles" \(canAddMemberAndSetRoleLowerAccessLevel\)/)).toBeTruthy();
    // The fieldset disables its fields; the input's own attribute stays unset.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'First name' }).matches(':disabled')).toBe(true));
  });

  const v5Reason =
    'Inviting people to a Rooms v5 company takes an Admin, or a Manager with the permission "Manage company members" (canManageCompanyMembers), ' +
    'and you are neither. An Admin can invite them for you, or give you that permission.';

  it('tells a v5 Manager without canManageCompanyMembers up front that the CSV invite is not theirs to send', async () => {
    await signInToSimulator('milo.manager@cedarclassic.example');
    renderApp('/invite/csv');
    expect(await screen.findByText('You cannot invite people to this company')).toBeTruthy();
    expect(screen.getByText(v5Reason)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download a v5 template' })).toBeTruthy();
  });

  it('tells him the same in the wizard, in v5 terms, and does not offer the bulk invite', async () => {
    await signInToSimulator('milo.manager@cedarclassic.example');
    renderApp('/invite');
    expect(await screen.findByText('You cannot invite people to this company')).toBeTruthy();
    expect(screen.getByText(v5Reason)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Invite many from a CSV file' })).toBeNull();
  });

  it('offers the bulk invite to a v5 Manager with canManageCompanyMembers', async () => {
    await signInToSimulator('mona.manager@cedarclassic.example');
    renderApp('/invite');
    expect(await screen.findByRole('link', { name: 'Invite many from a CSV file' })).toBeTruthy();
    expect(screen.queryByText('You cannot invite people to this company')).toBeNull();
  });

  it('sends one invite when Send is pressed twice before the page answers, and shows it as sent', async () => {
    const proxy = await signInToSimulator('admin@harborpine.example');
    const api = `/api/v2/accounts/${proxy.session.accountId}`;
    const { roles } = (await (await fetch(`${api}/roles?count=100`)).json()) as { roles: { roleId: number; name: string }[] };
    const { officeSummaries } = (await (await fetch(`${api}/offices?search=Cambridge`)).json()) as { officeSummaries: { officeId: number }[] };
    const draft = {
      firstName: 'Dee',
      lastName: 'Double',
      email: 'dee.double@newhire.example',
      roleId: String(roles.find((role) => role.name === 'Agent')?.roleId),
      accessLevel: 'Contributor',
      defaultOfficeId: String(officeSummaries[0]?.officeId),
    };
    sessionStorage.setItem('rooms-admin.owner', proxy.session.identity.sub);
    sessionStorage.setItem(`rooms-admin:invite-v6:${proxy.session.accountId}`, JSON.stringify({ ...draft, offices: [], regions: [], eSignPermissionProfileId: null, subscribe: true }));
    const { user } = renderApp('/invite');
    await user.click(await screen.findByRole('button', { name: 'Review' }));
    const send = await screen.findByRole('button', { name: 'Send invite' });
    fireEvent.click(send);
    fireEvent.click(send);
    expect(await screen.findByRole('status', { name: 'Invited Dee Double' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(proxy.requests.filter((request) => request.startsWith('POST') && request.includes('/users/invite_user'))).toHaveLength(1);
  });

  it('takes a field\'s error away as soon as the field is changed, and counts the rest', async () => {
    await signInToSimulator('admin@harborpine.example');
    const { user } = renderApp('/invite');
    await user.click(await screen.findByRole('button', { name: 'Review' }));
    expect((await screen.findByText(/fields need attention/)).textContent).toBe('6 fields need attention before you can review the invite.');
    expect(screen.getByText('Enter a first name.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Ada');
    expect(screen.queryByText('Enter a first name.')).toBeNull();
    expect(screen.getByText('Enter a last name.')).toBeTruthy();
    expect(screen.getByText(/fields need attention/).textContent).toBe('5 fields need attention before you can review the invite.');
  });

  it('keeps a v5 title id as typed and says at that field what is wrong with it', async () => {
    await signInToSimulator('mona.manager@cedarclassic.example');
    const { user } = renderApp('/invite');
    await user.click(await screen.findByRole('radio', { name: /^Manager/ }));
    const titleId = screen.getByRole('textbox', { name: 'Or title id' });
    await user.type(titleId, '-1');
    expect((titleId as HTMLInputElement).value).toBe('-1');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText('A title id is a whole number, such as 7103; "-1" is not one.')).toBeTruthy();
    expect(titleId.getAttribute('aria-invalid')).toBe('true');
  });
});
