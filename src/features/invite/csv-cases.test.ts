import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeMissingColumns, mapColumns } from '@/features/invite/csv-columns';
import { decodeCsvBytes, parseCsvText, type CsvTable } from '@/features/invite/csv-file';
import { escapeFormula } from '@/api/csv';
import { buildPreview } from '@/features/invite/csv-rows';
import { memberEmails as membersByEmail } from '@/features/invite/member-directory';
import { buildV6Template, v6Format, V6_COLUMNS, type V6Context } from '@/features/invite/csv-v6';

/** The names of Harbor & Pine Realty's fixed core, as the seeded simulator has them. */
const harborPine: V6Context = {
  roles: [
    { roleId: 10, name: 'Default Admin' },
    { roleId: 11, name: 'Regional Manager' },
    { roleId: 12, name: 'Office Manager' },
    { roleId: 13, name: 'Agent' },
  ],
  offices: [
    { officeId: 101, name: 'Boston Downtown', regionId: 1 },
    { officeId: 102, name: 'Cambridge', regionId: 1 },
    { officeId: 103, name: 'San Diego', regionId: 2 },
  ],
  regions: [
    { regionId: 1, name: 'Northeast' },
    { regionId: 2, name: 'West' },
  ],
  profiles: [
    { eSignPermissionProfileId: 'p-admin', name: 'DS Admin' },
    { eSignPermissionProfileId: 'p-sender', name: 'DS Sender' },
  ],
  grantableLevels: ['Contributor', 'Office', 'Region', 'Company'],
  defaults: { eSignPermissionProfileId: 'p-sender' },
};
const memberEmails = new Map([['maria.garcia@harborpine.example', 'Already a member of the company.']]);

const previewOf = (table: CsvTable, context = harborPine) => buildPreview(table, mapColumns(table.headers, V6_COLUMNS), v6Format(context), memberEmails);

function preview(file: string, context = harborPine) {
  const bytes = readFileSync(new URL(`../../../fixtures/cases/csv/${file}`, import.meta.url));
  const decoded = decodeCsvBytes(new Uint8Array(bytes), file);
  if (!decoded.ok) throw new Error(decoded.error);
  const parsed = parseCsvText(decoded.text);
  if (!parsed.ok) throw new Error(parsed.error);
  const mapping = mapColumns(parsed.table.headers, V6_COLUMNS);
  if (mapping.missing.length > 0) return { fileError: describeMissingColumns(mapping.missing, V6_COLUMNS), rows: [] };
  return { fileError: undefined, mapping, table: parsed.table, rows: previewOf(parsed.table, context) };
}

const statuses = (rows: { status: string }[]) => rows.map((row) => row.status);

describe('CSV cases', () => {
  it('01: reads the header behind a byte-order mark', () => {
    const { rows, table } = preview('01-bom.csv');
    expect(table?.headers[0]).toBe('email');
    expect(statuses(rows)).toEqual(['ready', 'ready']);
  });

  it("02: honours Excel's sep= line, semicolons and CRLF, and keeps accents", () => {
    const { rows, table } = preview('02-excel-semicolon.csv');
    expect(table?.headers[0]).toBe('email');
    expect(statuses(rows)).toEqual(['ready', 'ready']);
    expect(rows[0]?.invite?.firstName).toBe('Chloé');
    expect(rows[1]?.invite).toMatchObject({ accessLevel: 'Office', roleId: 12, offices: [102] });
  });

  it('03: ignores blank, whitespace-only and all-empty lines at the end', () => {
    const { rows } = preview('03-trailing-blank-lines.csv');
    expect(statuses(rows)).toEqual(['ready', 'ready']);
  });

  it('04: keeps quoted commas and doubled quotes, and reads several offices from one cell', () => {
    const { rows } = preview('04-quoted-fields.csv');
    expect(statuses(rows)).toEqual(['ready', 'ready']);
    expect(rows[0]?.invite).toMatchObject({ lastName: 'Smith, Jr.', offices: [101, 102] });
    expect(rows[1]?.invite?.firstName).toBe('Deirdre "Dee"');
  });

  it('05: sends one invite per address whatever its case, and skips existing members', () => {
    const { rows } = preview('05-duplicate-case.csv');
    expect(statuses(rows)).toEqual(['ready', 'duplicate', 'member']);
    expect(rows[1]?.note).toBe('Same email as line 2; only that line is sent.');
  });

  it('06: maps headers with spaces, capitals and aliases, and resolves names in any case', () => {
    const { rows, mapping } = preview('06-header-variants.csv');
    expect(mapping?.missing).toEqual([]);
    expect(Object.keys(mapping?.columns ?? {}).sort()).toEqual(['accessLevel', 'defaultOffice', 'email', 'firstName', 'lastName', 'offices', 'role']);
    expect(rows[0]).toMatchObject({ status: 'ready', invite: { roleId: 13, accessLevel: 'Contributor', defaultOfficeId: 102 } });
  });

  it('07: takes non-ASCII names and plus addresses, and says why an address is refused', () => {
    const { rows } = preview('07-unicode-and-odd-emails.csv');
    expect(statuses(rows)).toEqual(['ready', 'ready', 'ready', 'invalid', 'invalid']);
    expect(rows[1]?.invite).toMatchObject({ firstName: '小明', lastName: '王' });
    expect(rows[0]?.invite).toMatchObject({ firstName: 'Zoë', lastName: 'Núñez' });
    expect(rows[3]?.problems[0]?.message).toMatch(/non-ASCII/);
    expect(rows[4]?.problems).toEqual([{ column: 'email', message: 'Column "email": "not-an-email" is not a valid email address.' }]);
  });

  it('08: reports a missing email column once, naming the accepted headers', () => {
    const { rows, fileError } = preview('08-missing-email-column.csv');
    expect(rows).toEqual([]);
    expect(fileError).toMatch(/no email column/);
    expect(fileError).toMatch(/"email address"/);
  });

  it('09: says exactly what is wrong with unknown names and a region level without a region', () => {
    const { rows } = preview('09-unknown-names.csv');
    expect(statuses(rows)).toEqual(['invalid', 'invalid', 'invalid']);
    expect(rows[0]?.problems.map((problem) => problem.message)).toEqual([
      'Column "role": Unknown role "Astronaut". Choose one of: Default Admin, Regional Manager, Office Manager, Agent.',
    ]);
    // Atlantis as default office and among the offices is one mistake, said once.
    expect(rows[1]?.problems.map((problem) => problem.message)).toEqual([
      'Column "defaultOffice": Unknown office "Atlantis". Known offices: Boston Downtown, Cambridge, San Diego.',
    ]);
    expect(rows[2]?.problems.map((problem) => problem.message)).toEqual([
      'Access level Region needs at least one region: add a "regions" column naming them (you may use: Northeast, West).',
    ]);
  });
});

describe('CSV files that are not what they claim', () => {
  it('refuses a workbook and text in another encoding with a way to fix it', () => {
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'staff.xlsx')).toMatchObject({ ok: false, error: /not a text file/ });
    expect(decodeCsvBytes(new Uint8Array([0x43, 0x68, 0x6c, 0x6f, 0xe9]), 'latin1.csv')).toMatchObject({ ok: false, error: /not UTF-8/ });
  });

  it('says a UTF-16 file is UTF-16 and how to save it as UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'email\r\n'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const decoded = decodeCsvBytes(utf16, 'staff.csv');
    expect(decoded).toMatchObject({ ok: false, error: /^staff\.csv is UTF-16 text/ });
    expect(!decoded.ok && decoded.error).toMatch(/"CSV UTF-8 \(comma delimited\)" in Excel/);
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, 0, 0x65]), 'be.csv')).toMatchObject({ ok: false, error: /UTF-16/ });
  });

  it('says a file with only a header has no data rows', () => {
    expect(parseCsvText('email,firstName,lastName\r\n\r\n')).toEqual({
      ok: false,
      error: 'The file has a header line but no data rows: add one line per person below the header.',
    });
  });

  it('reads CR-only line endings and an unclosed quote gets a line number', () => {
    const parsed = parseCsvText('email,firstName,lastName\ra@b.example,A,B\rc@d.example,C,D\r');
    expect(parsed.ok && parsed.table.records.map((record) => record.line)).toEqual([2, 3]);
    expect(parseCsvText('email,firstName\n"a@b.example,A\n')).toMatchObject({ ok: false, error: /never closed/ });
  });

  it('counts the lines of a quoted value that spans lines, for the rows after it and for an unclosed quote', () => {
    for (const newline of ['\n', '\r\n', '\r']) {
      const text = ['email,firstName,lastName', 'a@b.example,"Ann', 'Marie",B', '', 'c@d.example,C,D', 'e@f.example,"E', 'F,G'].join(newline);
      expect(parseCsvText(text)).toEqual({ ok: false, error: 'A quoted value that starts near line 6 is never closed. Check the quotes on that line.' });
      const parsed = parseCsvText(`sep=,${newline}${text.split(newline).slice(0, 5).join(newline)}`);
      expect(parsed.ok && parsed.table.records.map((record) => record.line)).toEqual([3, 6]);
    }
  });

  it('refuses an access level the administrator may not grant', () => {
    const parsed = parseCsvText('email,firstName,lastName,role,accessLevel,defaultOffice\nx@y.example,X,Y,Agent,Company,Cambridge');
    if (!parsed.ok) throw new Error(parsed.error);
    const rows = previewOf(parsed.table, { ...harborPine, grantableLevels: ['Contributor', 'Office'] });
    expect(rows[0]?.problems[0]?.message).toBe('Column "accessLevel": You may not invite people at access level Company. You may grant: Contributor, Office.');
  });

  it('marks a place outside a regional manager’s regions and a role she may not give, before anything is sent', () => {
    const parsed = parseCsvText(
      [
        'email,firstName,lastName,role,accessLevel,defaultOffice,offices,regions',
        'in@y.example,In,Scope,Agent,Contributor,Cambridge,,',
        'far@y.example,Far,Away,Agent,Contributor,San Diego,,',
        'extra@y.example,Extra,Office,Agent,Office,Cambridge,"Cambridge, San Diego",',
        'west@y.example,West,Region,Agent,Region,Boston Downtown,,West',
        'boss@y.example,Boss,Role,Default Admin,Contributor,Cambridge,,',
      ].join('\n'),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const rita: V6Context = {
      ...harborPine,
      roles: harborPine.roles.filter((role) => role.name !== 'Default Admin'),
      otherRoles: ['Default Admin'],
      reachable: { officeIds: new Set([101, 102]), regionIds: new Set([1]) },
    };
    const rows = previewOf(parsed.table, rita);
    expect(statuses(rows)).toEqual(['ready', 'invalid', 'invalid', 'invalid', 'invalid']);
    const outside = 'is outside the offices and regions you oversee. You may use:';
    expect(rows[1]?.problems).toEqual([{ column: 'defaultOffice', message: `Column "defaultOffice": The office "San Diego" ${outside} Boston Downtown, Cambridge.` }]);
    expect(rows[2]?.problems).toEqual([{ column: 'offices', message: `Column "offices": The office "San Diego" ${outside} Boston Downtown, Cambridge.` }]);
    expect(rows[3]?.problems).toEqual([{ column: 'regions', message: `Column "regions": The region "West" ${outside} Northeast.` }]);
    expect(rows[4]?.problems).toEqual([
      { column: 'role', message: 'Column "role": You may not give the role "Default Admin". Choose one of: Regional Manager, Office Manager, Agent.' },
    ]);
  });
});

describe('rows for people who are members already', () => {
  it('say when the member is pending or locked, which asks for a reinvite or an unlock instead', () => {
    const parsed = parseCsvText(['email,firstName,lastName,role,accessLevel,defaultOffice', 'p@y.example,P,P,Agent,Contributor,Cambridge', 'l@y.example,L,L,Agent,Contributor,Cambridge', 'a@y.example,A,A,Agent,Contributor,Cambridge'].join('\n'));
    if (!parsed.ok) throw new Error(parsed.error);
    const members = membersByEmail([
      { email: 'P@y.example', status: 'Pending', isLockedOut: false },
      { email: 'l@y.example', status: 'Active', isLockedOut: true },
      { email: 'a@y.example', status: 'Active', isLockedOut: false },
    ]);
    const rows = buildPreview(parsed.table, mapColumns(parsed.table.headers, V6_COLUMNS), v6Format(harborPine), members);
    expect(rows.map((row) => [row.status, row.note])).toEqual([
      ['member', 'Already a member of the company, still Pending: reinvite them from their page instead.'],
      ['member', 'Already a member of the company, locked: unlock them from their page instead.'],
      ['member', 'Already a member of the company.'],
    ]);
  });
});

describe('a file without a header line', () => {
  it('says its first line looks like a person and what header line to add', () => {
    const parsed = parseCsvText('nh.one@newhire.example,Nia,One\nnh.two@newhire.example,Ned,Two');
    if (!parsed.ok) throw new Error(parsed.error);
    const { missing } = mapColumns(parsed.table.headers, V6_COLUMNS);
    expect(describeMissingColumns(missing, V6_COLUMNS, parsed.table.headers)).toMatch(
      /^The first line looks like a person \("nh\.one@newhire\.example"\), not a header line: add a line above it naming the columns, such as "email,firstName,lastName"\. The file has no email column\./,
    );
  });
});

describe('values a row lacks', () => {
  it('says the file has no such column, or that its cell is empty, and how to fix either', () => {
    const parse = (text: string) => {
      const parsed = parseCsvText(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return previewOf(parsed.table)[0]?.problems.map((problem) => problem.message);
    };
    expect(parse('email,firstName,lastName\nann@y.example,Ann,Lee')).toEqual([
      'The file has no role column and no default role is chosen: choose a default role above, or add a column "role".',
      'The file has no accessLevel column and no default access level is chosen: choose a default access level above, or add a column "accessLevel".',
      'The file has no defaultOffice column and no default office is chosen: choose a default office above, or add a column "defaultOffice".',
    ]);
    expect(parse('email,firstName,lastName,Role,Access level,Default office\nann@y.example,Ann,Lee,,Contributor,Cambridge')).toEqual([
      'Column "Role" is empty and no default role is chosen: fill it in, or choose a default role above.',
    ]);
  });
});

describe('characters nobody sees', () => {
  const rows = (...lines: string[]) => {
    const parsed = parseCsvText(['email,firstName,lastName,role,accessLevel,defaultOffice', ...lines].join('\n'));
    if (!parsed.ok) throw new Error(parsed.error);
    return previewOf(parsed.table);
  };

  it('names the character and where it is, in an address, a name or a place, and nothing else about that cell', () => {
    const [address, name, office, joined] = rows(
      'ann\u200b.lee@y.example,Ann,Lee,Agent,Contributor,Cambridge',
      'bo@y.example,\u202eBo,Ng,Agent,Contributor,Cambridge',
      'cy@y.example,Cy,Ode,Agent,Contributor,Cam\u00adbridge',
      'di@y.example,Di\u200dna,Ray,Agent,Contributor,Cambridge',
    );
    const tail = 'usually pasted in with the text: delete it or type the value again.';
    expect(address?.problems).toEqual([{ column: 'email', message: `Column "email" has an invisible character (a zero-width space, U+200B) after "ann", ${tail}` }]);
    expect(name?.problems).toEqual([{ column: 'firstName', message: `Column "firstName" has an invisible character (a text-direction mark, U+202E) at the start, ${tail}` }]);
    expect(office?.problems).toEqual([{ column: 'defaultOffice', message: `Column "defaultOffice" has an invisible character (a soft hyphen, U+00AD) after "Cam", ${tail}` }]);
    expect(joined?.status).toBe('ready');
  });

  it('maps a header with a zero-width space in it', () => {
    expect(mapColumns(['\u200bemail', 'first\u200bName', 'lastName'], V6_COLUMNS).columns).toMatchObject({ email: 0, firstName: 1, lastName: 2 });
  });

  it('refuses an address with two dots in a row or a dot at either end of its name, as the single invite does', () => {
    const refused = rows('a..b@y.example,A,B,Agent,Contributor,Cambridge', '.a@y.example,A,B,Agent,Contributor,Cambridge', 'a.@y.example,A,B,Agent,Contributor,Cambridge');
    expect(refused.map((row) => row.problems[0]?.message)).toEqual([
      'Column "email": "a..b@y.example" is not a valid email address.',
      'Column "email": ".a@y.example" is not a valid email address.',
      'Column "email": "a.@y.example" is not a valid email address.',
    ]);
  });
});

describe('values beyond the header', () => {
  it('says so for a value past the last column instead of dropping it; empty trailing cells are fine', () => {
    const parsed = parseCsvText(
      ['email,firstName,lastName,role,accessLevel,defaultOffice', 'a@y.example,A,B,Agent,Contributor,Cambridge,,Jr.', 'b@y.example,B,C,Agent,Contributor,Cambridge,,'].join('\n'),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const rows = previewOf(parsed.table);
    expect(statuses(rows)).toEqual(['invalid', 'ready']);
    expect(rows[0]?.problems).toEqual([
      {
        column: 'file',
        message: 'Column 8 has no header, but this line has "Jr." there. Give that column a header, or put quotes around values that contain the delimiter.',
      },
    ]);
  });
});

describe('values longer than Rooms takes', () => {
  const table = (...lines: string[]) => {
    const parsed = parseCsvText(['email,firstName,lastName,role,accessLevel,defaultOffice,offices', ...lines].join('\n'));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.table;
  };

  it('holds an address to 64 characters before the @ and 254 in all, saying which limit', () => {
    const local = `${'a'.repeat(65)}@newhire.example`;
    const whole = `${'a'.repeat(60)}@${'b'.repeat(190)}.example`;
    const fits = `${'a'.repeat(64)}@newhire.example`;
    const rows = previewOf(table(...[local, whole, fits].map((email) => `${email},A,B,Agent,Contributor,Cambridge,`)));
    expect(statuses(rows)).toEqual(['invalid', 'invalid', 'ready']);
    expect(rows[0]?.problems).toEqual([{ column: 'email', message: 'Column "email": the part before the @ is 65 characters long; an email address has at most 64 there.' }]);
    expect(rows[1]?.problems).toEqual([{ column: 'email', message: 'Column "email": the address is 259 characters long; an email address has at most 254.' }]);
  });

  it('makes a row with an over-long cell invalid once, naming the column and the limit', () => {
    const long = 'x'.repeat(5000);
    const rows = previewOf(
      table(
        `a@newhire.example,${long},B,Agent,Contributor,Cambridge,`,
        `b@newhire.example,A,B,Agent,Contributor,${long},`,
        `c@newhire.example,A,B,Agent,Contributor,Cambridge,"Boston Downtown, ${'y'.repeat(101)}"`,
        `d@newhire.example,${'z'.repeat(50)},B,Agent,Contributor,Cambridge,`,
      ),
    );
    expect(statuses(rows)).toEqual(['invalid', 'invalid', 'invalid', 'ready']);
    expect(rows[0]?.problems).toEqual([{ column: 'firstName', message: 'Column "firstName": its value is 5,000 characters long; Rooms takes at most 50.' }]);
    expect(rows[1]?.problems).toEqual([{ column: 'defaultOffice', message: 'Column "defaultOffice": its value is 5,000 characters long; Rooms takes at most 100.' }]);
    expect(rows[2]?.problems).toEqual([{ column: 'offices', message: 'Column "offices": a name in it is 101 characters long; Rooms takes at most 100.' }]);
  });
});

describe('results and template files', () => {
  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', 'plain'].map(escapeFormula)).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@x", 'plain']);
  });

  it('gives a template whose headers map back to every column', () => {
    const template = buildV6Template({ role: 'Agent', office: 'Cambridge', profile: 'DS Sender' });
    const parsed = parseCsvText(template);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(mapColumns(parsed.table.headers, V6_COLUMNS)).toMatchObject({ missing: [], ignored: [] });
    expect(previewOf(parsed.table)[0]?.status).toBe('ready');
  });
});
