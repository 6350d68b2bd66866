import { describe, expect, it } from 'vitest';
import type { BulkInput } from '@/api/bulk-operations';
import { bulkResultsCsv, countOutcomes, jobOutcome, progressLine } from '@/api/bulk-results';
import type { BulkRow } from '@/api/bulk-runner';

const row = (patch: Partial<BulkRow<BulkInput, unknown>> & { input: BulkInput }): BulkRow<BulkInput, unknown> => ({
  key: patch.input.label,
  status: 'succeeded',
  attempts: 1,
  ...patch,
});

describe('bulk results', () => {
  const headers = ['email', 'firstName'];
  const rows = [
    row({ input: { label: 'b', line: 3, cells: ['b@x.example', '=cmd()'] }, status: 'failed', message: 'Bad office', traceToken: 't-9' }),
    row({ input: { label: 'a', line: 2, cells: ['a@x.example', 'Ana'] }, result: 501 }),
    row({ input: { label: 'c', line: 4, cells: ['c@x.example', 'Cy'], notSent: 'duplicate' }, status: 'skipped', message: 'Same email as line 2' }),
    row({ input: { label: 'd', line: 5, cells: ['m@x.example', 'Mo'] }, status: 'skipped', errorCode: 'USER_ALREADY_EXISTS', message: 'Already a member' }),
    row({ input: { label: 'e', line: 6, cells: ['bad', 'Ed'], notSent: 'invalid' }, status: 'skipped', message: 'Column "email": "bad" is not a valid email address.' }),
  ];

  it('keeps the uploaded columns in file order and adds outcome, message, new user id and trace token', () => {
    expect(bulkResultsCsv({ spec: { kind: 'invite' }, headers }, rows).split('\r\n')).toEqual([
      'email,firstName,outcome,message,userId,traceToken',
      'a@x.example,Ana,sent,,501,',
      "b@x.example,'=cmd(),failed,Bad office,,t-9",
      'c@x.example,Cy,duplicate in file,Same email as line 2,,',
      'm@x.example,Mo,already a member,Already a member,,',
      'bad,Ed,invalid,"Column ""email"": ""bad"" is not a valid email address.",,',
    ]);
  });

  it('keeps a value beyond the header\'s last column, under a name that says where it was', () => {
    const surplus = [row({ input: { label: 'a', line: 2, cells: ['a@x.example', 'Ana', 'extra', ''] }, status: 'skipped', message: 'No header' })];
    expect(bulkResultsCsv({ spec: { kind: 'invite' }, headers }, surplus).split('\r\n')).toEqual([
      'email,firstName,column 3,outcome,message,userId,traceToken',
      'a@x.example,Ana,extra,skipped,No header,,',
    ]);
  });

  it('says every ready row of a file was sent when only rows not to be sent are left, without telling to retry', () => {
    const file = [
      row({ input: { label: 'a', line: 2, cells: [] }, result: 501 }),
      row({ input: { label: 'c', line: 3, cells: [], notSent: 'duplicate' }, status: 'skipped', message: 'Not sent: Same email as line 2; only that line is sent.' }),
      row({ input: { label: 'e', line: 4, cells: [], notSent: 'invalid' }, status: 'skipped', message: 'Not sent: Column "email" is empty.' }),
    ];
    expect(jobOutcome({ spec: { kind: 'invite' } }, 'finished', file)).toEqual({
      tone: 'partial',
      title: 'Every ready row was sent',
      text:
        '1 of 3 sent; 1 duplicate in file: Same email as line 2; only that line is sent; 1 invalid: Column "email" is empty. ' +
        'To invite the invalid rows, correct them in the file and upload it again.',
    });
    expect(jobOutcome({ spec: { kind: 'invite' } }, 'finished', file.slice(2))).toMatchObject({ tone: 'failure', title: 'Nothing was sent' });
  });

  it('says what a member row asks for, and nothing that only repeats "already a member"', () => {
    const file = [
      row({ input: { label: 'a', line: 2, cells: [] }, result: 501 }),
      row({ input: { label: 'm', line: 3, cells: [], notSent: 'member' }, status: 'skipped', message: 'Not sent: Already a member of the company.' }),
    ];
    expect(jobOutcome({ spec: { kind: 'invite' } }, 'finished', file).text).toBe('1 of 2 sent; 1 already a member.');
    const pending = [file[0]!, row({ input: { label: 'p', line: 3, cells: [], notSent: 'member' }, status: 'skipped', message: 'Not sent: Already a member of the company, still Pending: reinvite them from their page instead.' })];
    expect(jobOutcome({ spec: { kind: 'invite' } }, 'finished', pending).text).toBe('1 of 2 sent; 1 already a member: still Pending: reinvite them from their page instead.');
    // A reason some of the rows have is counted, so it is not read as every row's.
    expect(jobOutcome({ spec: { kind: 'invite' } }, 'finished', [...pending, file[1]!]).text).toBe(
      '1 of 3 sent; 2 already a member: still Pending: reinvite them from their page instead (1).',
    );
  });

  it('names a reason by its first sentence, and up to five of them', () => {
    const invalid = (line: number, message: string) => row({ input: { label: `r${line}`, line, cells: [], notSent: 'invalid' }, status: 'skipped', message: `Not sent: ${message}` });
    const rows = [
      invalid(2, 'Column "defaultOffice": Unknown office "Atlantis". Known offices: Boston Downtown, Cambridge, San Diego.'),
      invalid(3, 'Column "role": Unknown role "Wizard". Choose one of: Agent, Office Manager.'),
      invalid(4, 'Column "email": "x" is not a valid email address.'),
      invalid(5, 'Column "firstName" is empty.'),
    ];
    expect(jobOutcome({ spec: { kind: 'invite' } }, 'finished', rows).text).toBe(
      '0 of 4 sent; 4 invalid: Column "defaultOffice": Unknown office "Atlantis" (1); Column "role": Unknown role "Wizard" (1); ' +
        'Column "email": "x" is not a valid email address (1); Column "firstName" is empty (1). To invite the invalid rows, correct them in the file and upload it again.',
    );
  });

  it('counts every row once', () => {
    const counts = countOutcomes({ spec: { kind: 'invite' } }, rows);
    expect(Object.fromEntries(counts)).toEqual({ sent: 1, failed: 1, 'duplicate in file': 1, 'already a member': 1, invalid: 1 });
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(rows.length);
  });

  it('lists users for jobs that did not come from a file', () => {
    const csv = bulkResultsCsv({ spec: { kind: 'lock', reason: 'x' } }, [row({ input: { label: 'Maria Garcia', userId: 7 } })]);
    expect(csv).toBe('user,userId,outcome,message,traceToken\r\nMaria Garcia,7,done,,');
  });
});

describe('the outcome of an ended job', () => {
  const user = (name: string, patch: Partial<BulkRow<BulkInput, unknown>> = {}) =>
    row({ input: { label: `${name} <${name.toLowerCase().replace(' ', '.')}@x.example>`, userId: 1 }, ...patch });
  const lock = { spec: { kind: 'lock' as const, reason: 'x' } };

  it('is success only when every row was done', () => {
    expect(jobOutcome(lock, 'finished', [user('Ana Bell'), user('Cy Dunn')])).toEqual({ tone: 'success', title: 'Done', text: 'All 2 rows are done.' });
    expect(jobOutcome(lock, 'finished', [user('Ana Bell')])).toEqual({ tone: 'success', title: 'Done', text: 'The row is done.' });
  });

  it('says how many were skipped and why, one reason for rows refused alike, and never reads as success', () => {
    const rows = [
      user('Ana Bell'),
      user('Cy Dunn', { status: 'skipped', message: 'Cy Dunn is outside the offices and regions you oversee.' }),
      user('Ed Fox', { status: 'skipped', message: 'Ed Fox is outside the offices and regions you oversee.' }),
    ];
    expect(jobOutcome(lock, 'finished', rows)).toEqual({
      tone: 'partial',
      title: 'Partly done',
      text: '1 of 3 done; 2 skipped: outside the offices and regions you oversee. See each row below.',
    });
    expect(progressLine({ succeeded: 1, skipped: 2, failed: 0, remaining: 0 })).toBe('1 done · 2 skipped · 0 failed · 0 remaining');
    expect(progressLine({ succeeded: 1, skipped: 0, failed: 1, cancelled: 3, remaining: 0 })).toBe('1 done · 1 failed · 3 cancelled · 0 remaining');
  });

  it('names each reason with its count when they differ, and offers a retry when rows failed', () => {
    const rows = [
      user('Ana Bell', { status: 'skipped', message: 'Ana Bell is already locked.' }),
      user('Cy Dunn', { status: 'failed', message: 'The service is unavailable.' }),
      user('Ed Fox', { status: 'skipped', message: 'You cannot lock yourself out.' }),
    ];
    expect(jobOutcome(lock, 'finished', rows)).toEqual({
      tone: 'failure',
      title: 'Nothing was done',
      text: '0 of 3 done; 2 skipped: already locked (1); You cannot lock yourself out (1); 1 failed: The service is unavailable. Retry the failed rows, or see each row below.',
    });
  });

  it('quotes the trace token of a reason the service gave, once per reason', () => {
    const rows = [
      user('Ana Bell'),
      user('Cy Dunn', { status: 'failed', message: 'The service is unavailable.', traceToken: 'c0ffee-1' }),
      user('Ed Fox', { status: 'failed', message: 'The service is unavailable.', traceToken: 'c0ffee-2' }),
      user('Gil Hart', { status: 'skipped', message: 'Gil Hart is already locked.' }),
    ];
    expect(jobOutcome(lock, 'finished', rows).text).toBe(
      '1 of 4 done; 1 skipped: already locked; 2 failed: The service is unavailable (trace token c0ffee-1). Retry the failed rows, or see each row below.',
    );
    const mixed = [...rows, user('Ivy Jones', { status: 'failed', message: 'Not found', traceToken: 'beef-3' })];
    expect(jobOutcome(lock, 'finished', mixed).text).toContain('3 failed: The service is unavailable (2; trace token c0ffee-1); Not found (1; trace token beef-3).');
  });

  it('reports a cancelled job as cancelled, with what was done before', () => {
    const rows = [user('Ana Bell'), user('Cy Dunn', { status: 'failed', message: 'Timed out' }), user('Ed Fox', { status: 'cancelled', message: 'Cancelled before it was sent.' })];
    expect(jobOutcome(lock, 'cancelled', rows)).toEqual({
      tone: 'partial',
      title: 'Cancelled',
      text: '1 of 3 done; 1 failed: Timed out; 1 cancelled. Retry the failed rows, or see each row below.',
    });
  });
});
