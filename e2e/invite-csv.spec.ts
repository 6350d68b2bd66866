import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { ADMIN, REGION_MANAGER, V6_COMPANY } from './identities';
import { roomsApiFor } from './invite-api';
import { InvitePage } from './pages/invite-page';

const caseFile = (name: string) => fileURLToPath(new URL(`../fixtures/cases/csv/${name}`, import.meta.url));

type Expected = {
  ready?: number;
  invalid?: number;
  duplicate?: number;
  member?: number;
  /** Texts that must be on screen in the tab named by the key. */
  texts?: Partial<Record<'Ready' | 'Invalid' | 'Duplicate in file' | 'Already a member', (string | RegExp)[]>>;
  fileError?: RegExp[];
};

/** /work/shared/cases/README.md: what the preview must say for each real-world file, before anything is sent. */
const CASES: Record<string, Expected> = {
  '01-bom.csv': { ready: 2, invalid: 0, texts: { Ready: ['nina.park@newhire.example', 'raj.iyer@newhire.example'] } },
  '02-excel-semicolon.csv': { ready: 2, invalid: 0, texts: { Ready: ['Chloé Martin', 'Lukas Becker'] } },
  '03-trailing-blank-lines.csv': { ready: 2, invalid: 0, duplicate: 0, member: 0 },
  '04-quoted-fields.csv': {
    ready: 2,
    invalid: 0,
    texts: {
      // Each ready row says what it will be sent as: John in both offices of his cell.
      Ready: ['John Smith, Jr.', 'As Agent, Contributor, default office Boston Downtown, eSignature profile DS Sender. Also a member of Cambridge.', 'Deirdre "Dee" O\'Brien'],
    },
  },
  '05-duplicate-case.csv': {
    ready: 1,
    invalid: 0,
    duplicate: 1,
    member: 1,
    texts: {
      Ready: ['Ana.Lopez@NewHire.example'],
      'Duplicate in file': ['Same email as line 2; only that line is sent.'],
      'Already a member': ['MARIA.GARCIA@harborpine.example', 'Already a member of the company.'],
    },
  },
  '06-header-variants.csv': { ready: 1, invalid: 0, texts: { Ready: ['Kim Lee'] } },
  '07-unicode-and-odd-emails.csv': {
    ready: 3,
    invalid: 2,
    texts: {
      Ready: ['Zoë Núñez', '小明 王', 'first.last+rooms@mail.newhire.example.co.uk'],
      Invalid: [/jürgen@bücher\.example" has non-ASCII characters/, 'Column "email": "not-an-email" is not a valid email address.'],
    },
  },
  '08-missing-email-column.csv': { fileError: [/no email column/, /"email address"/] },
  '09-unknown-names.csv': {
    ready: 0,
    invalid: 3,
    texts: {
      Invalid: [/Unknown role "Astronaut"\. Choose one of: .*Agent/, /Unknown office "Atlantis"/, 'Access level Region needs at least one region: add a "regions" column naming them (you may use: '],
    },
  },
};

async function expectCounts(page: Page, invite: InvitePage, expected: Expected) {
  const tabs = { ready: 'Ready', invalid: 'Invalid', duplicate: 'Duplicate in file', member: 'Already a member' } as const;
  for (const [key, tab] of Object.entries(tabs) as [keyof typeof tabs, string][]) {
    const count = expected[key];
    if (count !== undefined) await expect(invite.tab(tab)).toHaveAccessibleName(`${tab} (${count})`);
  }
  for (const [tab, texts] of Object.entries(expected.texts ?? {})) {
    await invite.tab(tab).click();
    for (const text of texts) await expect(invite.rowList(tab)).toContainText(text);
  }
}

test.describe('bulk invite from CSV: the real-world cases', () => {
  for (const [file, expected] of Object.entries(CASES)) {
    test(`${file} gives the expected preview`, async ({ page, signIn }) => {
      const invite = new InvitePage(page);
      await signIn(ADMIN, { path: '/invite/csv' });
      await expect(invite.csvHeading).toBeVisible();
      await invite.upload(caseFile(file));
      if (expected.fileError) {
        const alert = page.getByRole('alert').filter({ hasText: 'Required columns are missing' });
        for (const pattern of expected.fileError) await expect(alert).toContainText(pattern);
        await expect(invite.previewSummary).toHaveCount(0);
        await expect(page.getByText(file)).toBeVisible();
        return;
      }
      await expect(invite.previewSummary).toBeVisible({ timeout: 20_000 });
      await expectCounts(page, invite, expected);
      await expect(page.getByRole('button', { name: `Send ${expected.ready ?? 0} invite` })).toBeVisible();
    });
  }
});

test('a regional manager’s file is judged by what she may do before anything is sent', async ({ page, signIn }) => {
  const lines = [
    'email,firstName,lastName,role,accessLevel,defaultOffice',
    'near@newhire.example,Near,By,Agent,Contributor,Cambridge',
    'far@newhire.example,Far,Away,Agent,Contributor,San Diego',
    'boss@newhire.example,Big,Boss,Default Admin,Contributor,Cambridge',
  ];
  const file = test.info().outputPath('rita.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const invite = new InvitePage(page);
  await signIn(REGION_MANAGER, { path: '/invite/csv' });
  await invite.upload(file);
  await expect(invite.previewSummary).toHaveText('3 rows: 1 ready, 2 invalid, 0 duplicate in file, 0 already a member.', { timeout: 20_000 });
  await invite.tab('Invalid').click();
  await expect(invite.rowList('Invalid')).toContainText('The office "San Diego" is outside the offices and regions you oversee.');
  await expect(invite.rowList('Invalid')).toContainText('You may not give the role "Default Admin".');
});

test('the mapping can be changed, and the upload survives a reload', async ({ page, signIn }) => {
  const invite = new InvitePage(page);
  await signIn(ADMIN, { path: '/invite/csv' });
  await invite.upload(caseFile('08-missing-email-column.csv'));
  await expect(page.getByText('The file has no email column')).toBeVisible();
  await page.reload();
  await expect(page.getByText('08-missing-email-column.csv')).toBeVisible();
  await invite.mapping.getByRole('combobox', { name: 'Invite field for column firstName' }).click();
  await page.getByRole('option', { name: 'email (required)' }).click();
  await expect(page.getByText('The file has no firstName column')).toBeVisible();
});

test('a bulk invite carries on over a reload, sends every ready row once and counts every row', async ({ page, signIn, simulator, request }) => {
  test.setTimeout(120_000);
  const emails = Array.from({ length: 12 }, (_, index) => `bulk.person${index + 1}@newhire.example`);
  const lines = [
    'email,firstName,lastName,role,accessLevel,defaultOffice,offices',
    ...emails.map((email, index) => `${email},Bulk,Person${index + 1},Agent,Contributor,Cambridge,Cambridge`),
    `${emails[0]!.toUpperCase()},Bulk,Again,Agent,Contributor,Cambridge,Cambridge`,
    'maria.garcia@harborpine.example,Maria,Garcia,Agent,Contributor,Cambridge,Cambridge',
    'broken-address,No,Body,Agent,Contributor,Cambridge,Cambridge',
  ];
  const file = test.info().outputPath('bulk-invite.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);

  const invite = new InvitePage(page);
  await signIn(ADMIN, { path: '/invite/csv' });
  await invite.upload(file);
  await expect(invite.previewSummary).toHaveText('15 rows: 12 ready, 1 invalid, 1 duplicate in file, 1 already a member.', { timeout: 20_000 });

  // Slow replies keep the job running long enough to reload in the middle of it.
  await simulator.setLatency(1_000);
  await page.getByRole('button', { name: 'Send 12 invites' }).click();
  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: 'Invite 12 of 15 people from bulk-invite.csv' })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: /done ·/ });
  // Some invites answered, others still to send or in flight.
  await expect(status).toHaveText(/^([1-9]|1[01]) done · 3 skipped · 0 failed · [1-9]\d* remaining/, { timeout: 30_000 });
  await page.reload();
  // Rows not sent (invalid, duplicate, already a member) are never counted as done.
  await expect(page.getByRole('alert').filter({ hasText: 'Every ready row was sent' })).toHaveText(
    /^Every ready row was sent12 of 15 sent; 1 already a member; 1 duplicate in file: .+; 1 invalid: .+\. To invite the invalid rows, correct them in the file and upload it again\.$/,
    { timeout: 60_000 },
  );
  await expect(status).toHaveText(/^12 done · 3 skipped · 0 failed · 0 remaining/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download/ }).click();
  const results = Papa.parse<Record<string, string>>(readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(results.meta.fields).toEqual(['email', 'firstName', 'lastName', 'role', 'accessLevel', 'defaultOffice', 'offices', 'outcome', 'message', 'userId', 'traceToken']);
  expect(results.data).toHaveLength(15);
  const outcomes = results.data.map((row) => row.outcome);
  expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(12);
  expect(outcomes.filter((outcome) => outcome !== 'sent').sort()).toEqual(['already a member', 'duplicate in file', 'invalid']);
  expect(new Set(results.data.filter((row) => row.outcome === 'sent').map((row) => row.userId)).size).toBe(12);

  const api = await roomsApiFor(request, ADMIN);
  const members = await api.emails(await simulator.accountId(V6_COMPANY));
  for (const email of emails) expect(members.filter((member) => member === email), email).toHaveLength(1);
});

test('long values are cut with an ellipsis and keep the mapping and the preview within the page', async ({ page, signIn }) => {
  const long = 'x'.repeat(5000);
  const longEmail = `${'verylongname'.repeat(5)}@${'sub.'.repeat(40)}newhire.example`;
  const lines = [
    'email,firstName,lastName,role,accessLevel,defaultOffice,offices',
    `a.b@newhire.example,${long},Long,Agent,Contributor,Cambridge,Cambridge`,
    `${longEmail},Lee,Long,Agent,Contributor,Cambridge,Cambridge`,
  ];
  const file = test.info().outputPath('long.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const invite = new InvitePage(page);
  await signIn(ADMIN, { path: '/invite/csv' });
  await invite.upload(file);
  await expect(invite.previewSummary).toHaveText('2 rows: 1 ready, 1 invalid, 0 duplicate in file, 0 already a member.', { timeout: 20_000 });

  const main = await page.getByRole('main').boundingBox();
  const table = await invite.mapping.boundingBox();
  expect(table!.x + table!.width).toBeLessThanOrEqual(main!.x + main!.width);
  const sample = invite.mapping.getByTitle(long);
  await expect(sample).toBeVisible();
  expect((await sample.boundingBox())!.width).toBeLessThan(main!.width);
  const field = await invite.mapping.getByRole('combobox', { name: 'Invite field for column firstName' }).boundingBox();
  expect(field!.x + field!.width).toBeLessThanOrEqual(main!.x + main!.width);

  const ready = invite.rowList('Ready').getByRole('listitem');
  await expect(ready.getByTitle(longEmail)).toBeVisible();
  expect((await ready.boundingBox())!.height).toBeLessThan(80);
  await invite.tab('Invalid').click();
  await expect(invite.rowList('Invalid')).toContainText('Column "firstName": its value is 5,000 characters long; Rooms takes at most 50.');

  // On a phone the address is shown whole, on lines of its own, rather than cut.
  await page.setViewportSize({ width: 390, height: 844 });
  await invite.tab('Ready').click();
  const email = invite.rowList('Ready').getByTitle(longEmail);
  await expect(email).toBeVisible();
  expect(await email.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  expect((await email.boundingBox())!.height).toBeGreaterThan(40);
});
