import { readFileSync, writeFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { ADMIN, V5_COMPANY } from './identities';
import { roomsApiFor } from './invite-api';
import { InvitePage } from './pages/invite-page';

const readCsv = async (download: Promise<Download>) =>
  Papa.parse<Record<string, string>>(readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

type ClassicUser = { status: string; accessLevel: string; titleId?: number; permissions?: { isCompanySystemAdmin?: boolean; canManageCompanyRooms?: boolean } };

/** The classic kind a user was invited as, read from what the API shows of them. */
const kindOf = (user: ClassicUser) =>
  user.permissions?.isCompanySystemAdmin ? 'Admin' : user.titleId !== undefined ? 'Manager' : user.accessLevel === 'Contributor' ? 'Agent' : 'unknown';

test('v5: a CSV of Admins, Managers and Agents is previewed, sent to the classic endpoints and counted row by row', async ({ page, signIn, shell, simulator, request }) => {
  test.setTimeout(120_000);
  const lines = [
    'Kind,E-mail,First Name,Last Name,Office,Job Title,Access Level,Offices,Regions,Manage company rooms,canManageCompanyMembers',
    'Admin,ava.admin@cedarnew.example,Ava,Admin,,,,,,,',
    'Manager,max.manager@cedarnew.example,Max,Manager,Springfield,Title 7101,Office,Shelbyville,,yes,no',
    'manager,rae.region@cedarnew.example,Rae,Region,Shelbyville,7102,Region,,Central,,yes',
    'Agent,amy.agent@cedarnew.example,Amy,Agent,shelbyville,,,,,,',
    'Agent,AMY.AGENT@cedarnew.example,Amy,Again,Springfield,,,,,,',
    'Agent,abby.agent@cedarclassic.example,Abby,Acker,Shelbyville,,,,,,',
    'Boss,bo.boss@cedarnew.example,Bo,Boss,,,,,,,',
    'Manager,lev.less@cedarnew.example,Lev,Less,Springfield,Title 7101,,,,,',
  ];
  const file = test.info().outputPath('cedar-invite.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);

  const invite = new InvitePage(page);
  await signIn(ADMIN, { path: '/invite/csv' });
  await shell.switchAccount(V5_COMPANY);
  await shell.expectCompany(V5_COMPANY, 'v5');
  await invite.openCsv();
  await invite.upload(file);
  await expect(invite.previewSummary).toHaveText('8 rows: 4 ready, 2 invalid, 1 duplicate in file, 1 already a member.', { timeout: 30_000 });
  await expect(invite.rowList('Ready')).toContainText('Rae Region');
  await invite.tab('Invalid').click();
  await expect(invite.rowList('Invalid')).toContainText('Column "Kind": Unknown kind "Boss". Use Admin, Manager or Agent.');
  await expect(invite.rowList('Invalid')).toContainText('Column "Access Level" is empty: a Manager needs an access level (Company, Region, Office).');
  await invite.tab('Duplicate in file').click();
  await expect(invite.rowList('Duplicate in file')).toContainText('Same email as line 5; only that line is sent.');
  await invite.tab('Already a member').click();
  await expect(invite.rowList('Already a member')).toContainText('abby.agent@cedarclassic.example');

  await page.getByRole('button', { name: 'Send 4 invites' }).click();
  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
  await expect(page.getByRole('status').filter({ hasText: /done ·/ })).toHaveText(/^4 done · 4 skipped · 0 failed · 0 remaining/, { timeout: 60_000 });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download/ }).click();
  const results = await readCsv(download);
  expect(results.meta.fields).toEqual([...lines[0]!.split(','), 'outcome', 'message', 'userId', 'traceToken']);
  const outcomes = results.data.map((row) => row.outcome ?? '');
  expect(outcomes).toEqual(['sent', 'sent', 'sent', 'sent', 'duplicate in file', 'already a member', 'invalid', 'invalid']);

  const api = await roomsApiFor(request, ADMIN);
  const cedar = await simulator.accountId(V5_COMPANY);
  const sent = results.data.filter((row) => row.outcome === 'sent');
  const invited = await Promise.all(sent.map((row) => api.get<ClassicUser & { email: string }>(cedar, `users/${row.userId}`)));
  expect(invited.map((user) => [user.email, user.status, kindOf(user)])).toEqual([
    ['ava.admin@cedarnew.example', 'Pending', 'Admin'],
    ['max.manager@cedarnew.example', 'Pending', 'Manager'],
    ['rae.region@cedarnew.example', 'Pending', 'Manager'],
    ['amy.agent@cedarnew.example', 'Pending', 'Agent'],
  ]);
  expect(invited[1]).toMatchObject({ titleId: 7101, accessLevel: 'Office', permissions: { canManageCompanyRooms: true } });
  expect(invited[2]).toMatchObject({ titleId: 7102, accessLevel: 'Region' });
  const emails = await api.emails(cedar);
  for (const email of ['amy.agent@cedarnew.example', 'bo.boss@cedarnew.example', 'lev.less@cedarnew.example']) {
    expect(emails.filter((member) => member === email), email).toHaveLength(email.startsWith('amy') ? 1 : 0);
  }
});

test('the template to download matches the company: v6 columns on Harbor & Pine, v5 columns with each kind on Cedar Classic Homes', async ({ page, signIn, shell }) => {
  const invite = new InvitePage(page);
  await signIn(ADMIN, { path: '/invite/csv' });
  await expect(invite.csvHeading).toBeVisible();
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a v6 template' }).click();
  expect((await download).suggestedFilename()).toBe('invite-template.csv');
  const v6 = await readCsv(download);
  expect(v6.meta.fields).toEqual(['email', 'firstName', 'lastName', 'role', 'accessLevel', 'defaultOffice', 'offices', 'regions', 'eSignPermissionProfile', 'activityNotifications']);

  await shell.switchAccount(V5_COMPANY);
  await shell.expectCompany(V5_COMPANY, 'v5');
  await invite.openCsv();
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a v5 template' }).click();
  expect((await download).suggestedFilename()).toBe('invite-template-v5.csv');
  const v5 = await readCsv(download);
  expect(v5.meta.fields?.slice(0, 9)).toEqual(['kind', 'email', 'firstName', 'lastName', 'office', 'title', 'accessLevel', 'offices', 'regions']);
  expect(v5.meta.fields).toContain('canManageCompanyMembers');
  expect(v5.data.map((row) => [row.kind, row.eSignPermissionProfile])).toEqual([
    ['Admin', ''],
    ['Manager', 'DS Sender'],
    ['Agent', 'DS Sender'],
  ]);

  // The template goes back in as it came out.
  await invite.upload(await (await download).path());
  await expect(invite.previewSummary).toHaveText('3 rows: 3 ready, 0 invalid, 0 duplicate in file, 0 already a member.', { timeout: 30_000 });
});
