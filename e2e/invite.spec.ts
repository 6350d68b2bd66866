import { expect, test } from './fixtures';
import { ADMIN, OFFICE_MANAGER, REGION_MANAGER, V5_COMPANY, V6_COMPANY } from './identities';
import { roomsApiFor } from './invite-api';
import { InvitePage } from './pages/invite-page';

test.describe('invite wizard', () => {
  test('an admin invites a v6 user, reviews it in words, and the new user opens as Pending', async ({ page, signIn }) => {
    const invite = new InvitePage(page);
    await signIn(ADMIN, { path: '/invite' });
    await expect(invite.heading).toBeVisible();
    await invite.fill('First name', 'Ada');
    await invite.fill('Last name', 'Agent');
    await invite.fill('Email', 'ada.agent@newhire.example');
    await invite.choose('Role', 'Agent');
    await invite.choose('Access level', 'Contributor');
    await invite.choose('Default office', 'Cambridge');
    // DS Sender comes preselected, as in the CSV invite's defaults and on v5.
    await expect(page.getByRole('combobox', { name: 'eSignature permission profile' })).toHaveValue('DS Sender');
    await invite.reviewButton.click();
    await expect(invite.review).toContainText(
      'Invite Ada Agent (ada.agent@newhire.example) as Agent, Contributor, default office Cambridge, eSignature profile DS Sender.',
    );
    await invite.sendButton.click();
    await expect(page.getByText('Invited Ada Agent')).toBeVisible();
    await page.getByRole('link', { name: 'Open Ada Agent' }).click();
    await expect(page.getByRole('heading', { name: 'Ada Agent', level: 1 })).toBeVisible();
    await expect(page.getByText('Pending').first()).toBeVisible();
  });

  test('an invite whose reply is lost is looked up, not reported as failed or sent again', async ({ page, signIn, simulator, expectErrors }) => {
    expectErrors(/invite_user|status of 500/);
    const invite = new InvitePage(page);
    await signIn(ADMIN, { path: '/invite' });
    await invite.fill('First name', 'Lou');
    await invite.fill('Last name', 'Lost');
    await invite.fill('Email', 'lou.lost@newhire.example');
    await invite.choose('Role', 'Agent');
    await invite.choose('Access level', 'Contributor');
    await invite.choose('Default office', 'Cambridge');
    await invite.choose('eSignature permission profile', 'DS Sender');
    await invite.reviewButton.click();
    await simulator.setScenario({ name: 'lost-replies', rate: 1 });
    await invite.sendButton.click();
    await expect(page.getByText('Invited Lou Lost')).toBeVisible();
    await simulator.setScenario({ name: 'none' });
    await page.getByRole('link', { name: 'Open Lou Lost' }).click();
    await expect(page.getByRole('heading', { name: 'Lou Lost', level: 1 })).toBeVisible();
  });

  test('checks the fields before anything is sent, and keeps what was typed over a reload', async ({ page, signIn }) => {
    const invite = new InvitePage(page);
    await signIn(ADMIN, { path: '/invite' });
    await invite.fill('First name', 'Half');
    await invite.fill('Email', 'not-an-address');
    await invite.reviewButton.click();
    await expect(page.getByText('Enter a last name.')).toBeVisible();
    await expect(page.getByText('Enter a valid email address.')).toBeVisible();
    await expect(page.getByText('Choose a role.')).toBeVisible();
    await page.reload();
    await expect(invite.field('First name')).toHaveValue('Half');
    await expect(invite.field('Email')).toHaveValue('not-an-address');
  });

  test('a session that expires at the moment of sending loses nothing that was typed', async ({ page, signIn, signInPage, simulator, expectErrors }) => {
    const invite = new InvitePage(page);
    await signIn(ADMIN, { path: '/invite' });
    await invite.fill('First name', 'Sam');
    await invite.fill('Last name', 'Session');
    await invite.fill('Email', 'sam.session@newhire.example');
    await invite.choose('Role', 'Agent');
    await invite.choose('Access level', 'Contributor');
    await invite.choose('Default office', 'San Diego');
    await invite.choose('eSignature permission profile', 'DS Viewer');
    await invite.reviewButton.click();

    await simulator.expireTokens();
    expectErrors(/\/api\/v2\/accounts\//);
    await invite.sendButton.click();
    await expect(signInPage.sessionExpiredDialog).toBeVisible();
    await signInPage.signInAs(ADMIN);

    await expect(page).toHaveURL(/\/invite$/);
    await expect(invite.field('Email')).toHaveValue('sam.session@newhire.example');
    await invite.reviewButton.click();
    await expect(invite.review).toContainText('as Agent, Contributor, default office San Diego, eSignature profile DS Viewer.');
    await invite.sendButton.click();
    await expect(page.getByText('Invited Sam Session')).toBeVisible();
  });

  test('an address that is already a member is told apart, with a way to find them', async ({ page, signIn, expectErrors }) => {
    expectErrors(/invite_user/);
    const invite = new InvitePage(page);
    await signIn(ADMIN, { path: '/invite' });
    await invite.fill('First name', 'Maria');
    await invite.fill('Last name', 'Garcia');
    await invite.fill('Email', 'Maria.Garcia@harborpine.example');
    await invite.choose('Role', 'Agent');
    await invite.choose('Access level', 'Contributor');
    await invite.choose('Default office', 'Boston Downtown');
    await invite.choose('eSignature permission profile', 'DS Sender');
    await invite.reviewButton.click();
    await invite.sendButton.click();
    await expect(page.getByText('Maria.Garcia@harborpine.example is already a member')).toBeVisible();
    await expect(page.getByText(/Trace token:/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Find Maria.Garcia@harborpine.example in Users' })).toBeVisible();
  });

  test('a Region manager cannot choose Company or Region, and the service refuses it if forced', async ({ page, signIn, simulator, request }) => {
    const invite = new InvitePage(page);
    await signIn(REGION_MANAGER, { path: '/invite' });
    await invite.options('Access level');
    await expect(invite.option('Company')).toHaveAttribute('data-combobox-disabled', 'true');
    await expect(invite.option('Region')).toHaveAttribute('data-combobox-disabled', 'true');
    await expect(invite.option('Office')).not.toHaveAttribute('data-combobox-disabled', 'true');
    await page.keyboard.press('Escape');
    // Only offices of her region: the service refuses an invite anywhere else.
    await invite.options('Default office');
    await expect(invite.option('Cambridge')).toBeVisible();
    await expect(invite.option('San Diego')).toHaveCount(0);
    await page.keyboard.press('Escape');

    const accountId = await simulator.accountId(V6_COMPANY);
    const api = await roomsApiFor(request, REGION_MANAGER);
    const { regionSummaries } = await api.get<{ regionSummaries: { regionId: number; name: string }[] }>(accountId, 'regions');
    const { officeSummaries } = await api.get<{ officeSummaries: { officeId: number; name: string }[] }>(accountId, 'offices');
    const { permissionProfiles } = await api.get<{ permissionProfiles: { eSignPermissionProfileId: string; name: string }[] }>(
      accountId,
      'esign_permission_profiles',
    );
    const { roles } = await api.get<{ roles: { roleId: number; name: string }[] }>(accountId, 'roles');
    const forced = await api.post(accountId, 'users/invite_user', {
      firstName: 'Forced',
      lastName: 'Region',
      email: 'forced.region@newhire.example',
      roleId: roles.find((role) => role.name === 'Agent')?.roleId,
      accessLevel: 'Region',
      regions: [regionSummaries.find((region) => region.name === 'Northeast')?.regionId],
      defaultOfficeId: officeSummaries.find((office) => office.name === 'Cambridge')?.officeId,
      eSignPermissionProfileId: permissionProfiles.find((profile) => profile.name === 'DS Sender')?.eSignPermissionProfileId,
    });
    expect(forced.status).toBe(401);
    expect(forced.errorCode).toBe('USER_LACKS_PERMISSIONS');
  });

  test('an Office manager who may not add members sees the wizard disabled with the reason', async ({ page, signIn }) => {
    const invite = new InvitePage(page);
    await signIn(OFFICE_MANAGER, { path: '/invite' });
    await expect(page.getByText('You cannot invite people to this company')).toBeVisible();
    await expect(page.getByText(/lacks the permissions "Add members below your access level and set their roles" \(canAddMemberAndSetRoleLowerAccessLevel\)/)).toBeVisible();
    await expect(invite.field('First name')).toBeDisabled();
  });

  test('v5: a Manager and an Agent are invited on Cedar Classic Homes, each with an eSignature profile', async ({ page, signIn, shell, simulator, request }) => {
    const invite = new InvitePage(page);
    await signIn(ADMIN, { path: '/invite' });
    await shell.switchAccount(V5_COMPANY);
    await shell.expectCompany(V5_COMPANY, 'v5');
    await shell.navigation.getByRole('link', { name: 'Invite' }).click();
    await expect(page.getByText('Cedar Classic Homes runs Rooms v5')).toBeVisible();
    const sent: { email: string; eSignPermissionProfileId?: string }[] = [];
    page.on('request', (sending) => {
      if (/invite_classic_(manager|agent)$/.test(sending.url())) sent.push(sending.postDataJSON());
    });

    await page.getByRole('radio', { name: 'Manager' }).check();
    await invite.fill('First name', 'Mia');
    await invite.fill('Last name', 'Manager');
    await invite.fill('Email', 'mia.manager@cedarclassic.example');
    await invite.choose('Title', 'Title 7101');
    await invite.choose('Access level', 'Office');
    await invite.choose('Default office', 'Shelbyville');
    await page.getByRole('checkbox', { name: 'Manage company rooms' }).check();
    await expect(page.getByRole('combobox', { name: 'eSignature permission profile' })).toHaveValue('DS Sender');
    await invite.reviewButton.click();
    await expect(invite.review).toContainText('Invite Mia Manager (mia.manager@cedarclassic.example) as a Manager (Title 7101), Office level, default office Shelbyville.');
    await expect(invite.review).toContainText('Permissions: Manage company rooms.');
    await expect(invite.review).toContainText('eSignature profile DS Sender.');
    await invite.sendButton.click();
    await expect(page.getByText('Invited Mia Manager')).toBeVisible();

    await page.getByRole('button', { name: 'Invite someone else' }).click();
    await page.getByRole('radio', { name: 'Agent' }).check();
    await invite.fill('First name', 'Abe');
    await invite.fill('Last name', 'Agent');
    await invite.fill('Email', 'abe.agent@cedarclassic.example');
    await invite.choose('Office', 'Springfield');
    await invite.choose('eSignature permission profile', 'DS Viewer');
    await invite.reviewButton.click();
    await expect(invite.review).toContainText('Invite Abe Agent (abe.agent@cedarclassic.example) as an Agent in Springfield.');
    await expect(invite.review).toContainText('eSignature profile DS Viewer.');
    await invite.sendButton.click();
    await expect(page.getByText('Invited Abe Agent')).toBeVisible();
    await page.getByRole('link', { name: 'Open Abe Agent' }).click();
    await expect(page.getByRole('heading', { name: 'Abe Agent', level: 1 })).toBeVisible();

    // The service does not show a member's profile, so what the invites sent is checked against its list.
    const api = await roomsApiFor(request, ADMIN);
    const cedar = await simulator.accountId(V5_COMPANY);
    const { permissionProfiles } = await api.get<{ permissionProfiles: { eSignPermissionProfileId: string; name: string }[] }>(cedar, 'esign_permission_profiles');
    const nameOf = (body: { eSignPermissionProfileId?: string }) => permissionProfiles.find((profile) => profile.eSignPermissionProfileId === body.eSignPermissionProfileId)?.name;
    expect(sent.map((body) => [body.email, nameOf(body)])).toEqual([
      ['mia.manager@cedarclassic.example', 'DS Sender'],
      ['abe.agent@cedarclassic.example', 'DS Viewer'],
    ]);
  });
});
