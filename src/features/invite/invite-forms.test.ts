import { describe, expect, it } from 'vitest';

import { countPreview, jobRowsOf } from '@/features/invite/csv-job';
import { emailProblem, type PreviewRow } from '@/features/invite/csv-rows';
import { describeRow, describeV5, describeV6, type Names } from '@/features/invite/review-text';
import { emptyV5Draft, validateV5 } from '@/features/invite/v5-draft';
import { emptyV6Draft, validateV6 } from '@/features/invite/v6-draft';

const ALL = ['Contributor', 'Office', 'Region', 'Company'];
const names: Names = {
  role: (id) => ({ 13: 'Agent' })[id] ?? `Role ${id}`,
  office: (id) => ({ 101: 'Boston Downtown', 102: 'Cambridge' })[id] ?? `Office ${id}`,
  region: (id) => ({ 1: 'Northeast' })[id] ?? `Region ${id}`,
  profile: (id) => ({ 'p-sender': 'DS Sender' })[id] ?? id,
  title: (id) => `Title ${id}`,
};
const ada = { ...emptyV6Draft(), firstName: 'Ada', lastName: 'Agent', email: 'ada@example.com', roleId: '13', defaultOfficeId: '102', eSignPermissionProfileId: 'p-sender' };

describe('v6 invite form', () => {
  it('says what each empty field needs before anything is sent', () => {
    const result = validateV6(emptyV6Draft(), ALL);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toMatchObject({
      firstName: 'Enter a first name.',
      email: 'Enter a valid email address.',
      roleId: 'Choose a role.',
      accessLevel: 'Choose an access level.',
      defaultOfficeId: 'Choose a default office.',
      eSignPermissionProfileId: 'Choose an eSignature permission profile.',
    });
  });

  it('puts the default office among a Contributor\'s offices and reads the review in words', () => {
    const result = validateV6({ ...ada, accessLevel: 'Contributor' }, ALL);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.body).toMatchObject({ accessLevel: 'Contributor', defaultOfficeId: 102, offices: [102], subscribeToRoomsActivityNotifications: true });
    expect(describeV6(result.body, names)[0]).toBe(
      'Invite Ada Agent (ada@example.com) as Agent, Contributor, default office Cambridge, eSignature profile DS Sender.',
    );
  });

  it('says that a Region member also oversees their default office\'s region, as Rooms makes it so', () => {
    const result = validateV6({ ...ada, accessLevel: 'Region', regions: ['2'] }, ALL);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const withRegions: Names = { ...names, region: (id) => ({ 1: 'Northeast', 2: 'West' })[id] ?? `Region ${id}`, regionOfOffice: (id) => ({ 101: 1, 102: 1 })[id] };
    expect(describeV6(result.body, withRegions)).toContain('Oversees West and Northeast (Northeast comes with the default office Cambridge).');
    expect(describeV6({ ...result.body, regions: [1] }, withRegions)).toContain('Oversees Northeast.');
  });

  it('says a file row\'s invite of the row, not of the person the row already names', () => {
    const result = validateV6({ ...ada, accessLevel: 'Contributor', offices: ['101'] }, ALL);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(describeRow({ invite: result.body }, names, (name) => name)).toBe(
      'As Agent, Contributor, default office Cambridge, eSignature profile DS Sender. Also a member of Boston Downtown. Gets room activity notifications.',
    );
  });

  it('needs a region for Region and an office for Office, and refuses a level the administrator may not grant', () => {
    expect(validateV6({ ...ada, accessLevel: 'Region' }, ALL)).toMatchObject({ ok: false, errors: { regions: 'Access level Region needs at least one region.' } });
    expect(validateV6({ ...ada, accessLevel: 'Office' }, ALL)).toMatchObject({ ok: false, errors: { offices: 'Access level Office needs at least one office.' } });
    expect(validateV6({ ...ada, accessLevel: 'Company' }, ['Contributor', 'Office'])).toMatchObject({
      ok: false,
      errors: { accessLevel: 'You may not grant access level Company.' },
    });
  });
});

describe('characters nobody sees, in both forms', () => {
  const tail = 'usually pasted in with the text: delete it or type the value again.';

  it('names a hidden character in an address or a name and where it is, rather than calling the address invalid', () => {
    expect(validateV6({ ...ada, accessLevel: 'Contributor', email: 'ada\u200b@example.com', lastName: 'Ag\u2066ent' }, ALL)).toMatchObject({
      ok: false,
      errors: {
        email: `The address has an invisible character (a zero-width space, U+200B) after "ada", ${tail}`,
        lastName: `The last name has an invisible character (a text-direction mark, U+2066) after "Ag", ${tail}`,
      },
    });
    expect(validateV5({ ...emptyV5Draft(), type: 'Admin', firstName: 'A\u0007da', lastName: 'Admin', email: 'ada@example.com' }, ALL)).toMatchObject({
      ok: false,
      errors: { firstName: `The first name has an invisible character (a control character, U+0007) after "A", ${tail}` },
    });
  });

  it('says what is wrong with a title id typed by hand instead of sending the digits picked out of it', () => {
    const manager = { ...emptyV5Draft(), type: 'Manager' as const, firstName: 'Mo', lastName: 'Manager', email: 'mo@example.com', accessLevel: 'Company', defaultOfficeId: '102' };
    expect(validateV5({ ...manager, titleId: '-1' }, ALL)).toMatchObject({ ok: false, errors: { titleId: 'A title id is a whole number, such as 7103; "-1" is not one.' } });
    expect(validateV5({ ...manager, titleId: '7103 (Broker)' }, ALL)).toMatchObject({ ok: false, errors: { titleId: 'A title id is a whole number, such as 7103; "7103 (Broker)" is not one.' } });
    expect(validateV5({ ...manager, titleId: '99999999999999999999' }, ALL)).toMatchObject({
      ok: false,
      errors: { titleId: 'A title id is a whole number from 1 to 2147483647; 99999999999999999999 is not one.' },
    });
    expect(validateV5({ ...manager, titleId: ' 7103 ' }, ALL)).toMatchObject({ ok: true, request: { body: { titleId: 7103 } } });
  });

  it('says how to mend an address pasted with a name, with others, as a link or in other letters, in the form and the file alike', () => {
    const emailError = (email: string) => {
      const result = validateV6({ ...ada, accessLevel: 'Contributor', email }, ALL);
      return result.ok ? undefined : result.errors.email;
    };
    expect(emailError('Jane Doe <jane.doe@example.com>')).toBe('"Jane Doe <jane.doe@example.com>" is a name with an address: enter the address alone, jane.doe@example.com.');
    expect(emailError('a@x.com, b@x.com')).toBe('"a@x.com, b@x.com" holds more than one address: enter one person\'s address.');
    expect(emailError('mailto:foo@x.com')).toBe('Leave out "mailto:": enter foo@x.com.');
    expect(emailError('\uff26oo@x.com')).toBe('"\uff26oo@x.com" has non-ASCII characters, which Rooms does not accept in an email address. Use the person\'s ASCII address.');
    expect(emailError('plain')).toBe('Enter a valid email address.');
    expect(emailProblem('Jane Doe <jane.doe@example.com>', 'E-mail')).toBe(
      'Column "E-mail": "Jane Doe <jane.doe@example.com>" is a name with an address: enter the address alone, jane.doe@example.com.',
    );
  });

  it('keeps the joiners some scripts and emoji need inside a name', () => {
    expect(validateV6({ ...ada, accessLevel: 'Contributor', firstName: 'Mohammad\u200cReza' }, ALL).ok).toBe(true);
  });
});

describe('lengths Rooms takes, in both forms', () => {
  const tooLongLocal = `${'a'.repeat(65)}@example.com`;
  const tooLong = `${'a'.repeat(60)}@${'b'.repeat(190)}.example`;

  it('refuses an address over 64 characters before the @ or 254 in all, saying which', () => {
    expect(validateV6({ ...ada, accessLevel: 'Contributor', email: tooLongLocal }, ALL)).toMatchObject({
      ok: false,
      errors: { email: 'The part before the @ is 65 characters long; an email address has at most 64 there.' },
    });
    expect(validateV5({ ...emptyV5Draft(), type: 'Admin', firstName: 'A', lastName: 'B', email: tooLong }, ALL)).toMatchObject({
      ok: false,
      errors: { email: 'The address is 259 characters long; an email address has at most 254.' },
    });
  });

  it('refuses a name longer than 50 characters', () => {
    expect(validateV6({ ...ada, accessLevel: 'Contributor', firstName: 'x'.repeat(51) }, ALL)).toMatchObject({
      ok: false,
      errors: { firstName: 'The first name is 51 characters long; Rooms takes at most 50.' },
    });
  });
});

describe('v5 invite form', () => {
  const person = { firstName: 'Mia', lastName: 'Manager', email: 'mia@example.com' };

  it('asks for the kind of user first', () => {
    expect(validateV5(emptyV5Draft(), ALL)).toMatchObject({ ok: false, errors: { type: 'Choose Admin, Manager or Agent.' } });
  });

  it('sends an Admin only names and email, and an Agent their office', () => {
    const admin = validateV5({ ...emptyV5Draft(), ...person, type: 'Admin', officeId: '101', titleId: '7101' }, ALL);
    expect(admin).toEqual({ ok: true, request: { type: 'Admin', body: person } });
    const agent = validateV5({ ...emptyV5Draft(), ...person, type: 'Agent', officeId: '101' }, ALL);
    expect(agent).toEqual({ ok: true, request: { type: 'Agent', body: { ...person, officeId: 101 } } });
    expect(validateV5({ ...emptyV5Draft(), ...person, type: 'Agent' }, ALL)).toMatchObject({ ok: false, errors: { officeId: 'Choose an office.' } });
  });

  it('sends a Manager\'s and an Agent\'s eSignature profile when one is chosen, and says it in the review', () => {
    const agent = validateV5({ ...emptyV5Draft(), ...person, type: 'Agent', officeId: '101', eSignPermissionProfileId: 'p-sender' }, ALL);
    if (!agent.ok) throw new Error(JSON.stringify(agent.errors));
    expect(agent.request).toEqual({ type: 'Agent', body: { ...person, officeId: 101, eSignPermissionProfileId: 'p-sender' } });
    expect(describeV5(agent.request, names, (name) => name)).toEqual([
      'Invite Mia Manager (mia@example.com) as an Agent in Boston Downtown.',
      'eSignature profile DS Sender.',
    ]);
    const manager = validateV5(
      { ...emptyV5Draft(), ...person, type: 'Manager', titleId: '7101', accessLevel: 'Company', defaultOfficeId: '101', eSignPermissionProfileId: 'p-sender' },
      ALL,
    );
    expect(manager.ok && manager.request.body).toMatchObject({ eSignPermissionProfileId: 'p-sender' });
    const admin = validateV5({ ...emptyV5Draft(), ...person, type: 'Admin', eSignPermissionProfileId: 'p-sender' }, ALL);
    expect(admin).toEqual({ ok: true, request: { type: 'Admin', body: person } });
  });

  it('refuses a kind whose fixed access level the administrator may not grant', () => {
    const regionManager = ['Contributor', 'Office', 'Region'];
    expect(validateV5({ ...emptyV5Draft(), ...person, type: 'Admin' }, regionManager)).toMatchObject({
      ok: false,
      errors: { type: 'You may not invite an Admin: Admins get access level Company, which you may not grant.' },
    });
    expect(validateV5({ ...emptyV5Draft(), ...person, type: 'Agent', officeId: '101' }, [])).toMatchObject({
      ok: false,
      errors: { type: 'You may not invite an Agent: Agents get access level Contributor, which you may not grant.' },
    });
    expect(validateV5({ ...emptyV5Draft(), ...person, type: 'Agent', officeId: '101' }, regionManager)).toMatchObject({ ok: true });
  });

  it('sends a Manager the title, level, places and every permission as a yes or no', () => {
    const draft = { ...emptyV5Draft(), ...person, type: 'Manager' as const, titleId: '7101', accessLevel: 'Office', defaultOfficeId: '101', permissions: ['canManageCompanyRooms'] };
    const result = validateV5(draft, ALL);
    if (!result.ok || result.request.type !== 'Manager') throw new Error('expected a Manager');
    expect(result.request.body).toMatchObject({ titleId: 7101, accessLevel: 'Office', defaultOfficeId: 101, offices: [101] });
    expect(result.request.body.permissions.canManageCompanyRooms).toBe(true);
    expect(result.request.body.permissions.canManageCompanyMembers).toBe(false);
    expect(describeV5(result.request, names, (name) => name)).toEqual([
      'Invite Mia Manager (mia@example.com) as a Manager (Title 7101), Office level, default office Boston Downtown.',
      'Permissions: canManageCompanyRooms.',
      "eSignature profile: the service's default (DS Sender).",
    ]);
    expect(validateV5({ ...draft, titleId: '' }, ALL)).toMatchObject({ ok: false, errors: { titleId: 'Choose a title or enter a title id.' } });
  });
});

describe('CSV rows as a bulk job', () => {
  const row = (line: number, status: PreviewRow['status'], extra: Partial<PreviewRow> = {}): PreviewRow => ({
    line,
    cells: [`c${line}`],
    email: `p${line}@example.com`,
    name: '',
    status,
    problems: [],
    ...extra,
  });

  it('keeps every data row, sending only the ready ones and settling the others with the reason', () => {
    const invite = { email: 'p2@example.com', firstName: 'P', lastName: 'Two', roleId: 1, accessLevel: 'Contributor' as const, defaultOfficeId: 1, eSignPermissionProfileId: 'x' };
    const rows = [
      row(2, 'ready', { invite, name: 'P Two' }),
      row(3, 'duplicate', { note: 'Same email as line 2; only that line is sent.' }),
      row(4, 'member', { note: 'Already a member of the company.' }),
      row(5, 'invalid', { problems: [{ column: 'email', message: 'Column "email": "x" is not a valid email address.' }] }),
    ];
    const job = jobRowsOf(rows);
    expect(job).toHaveLength(4);
    expect(job[0]).toEqual({ key: 'line-2', input: { label: 'P Two <p2@example.com>', line: 2, cells: ['c2'], invite } });
    expect(job.slice(1).map((item) => [item.status, item.input.notSent, item.message])).toEqual([
      ['skipped', 'duplicate', 'Not sent: Same email as line 2; only that line is sent.'],
      ['skipped', 'member', 'Not sent: Already a member of the company.'],
      ['skipped', 'invalid', 'Not sent: Column "email": "x" is not a valid email address.'],
    ]);
    expect(countPreview(rows)).toEqual({ ready: 1, invalid: 1, duplicate: 1, member: 1, total: 4 });
  });
});
