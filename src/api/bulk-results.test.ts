import { describe, expect, it } from 'vitest';
import type { BulkInput } from '@/api/bulk-operations';
import { bulkResultsCsv, countOutcomes } from '@/api/bulk-results';
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
