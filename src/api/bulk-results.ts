import type { BulkJobRecord } from '@/api/bulk-job-store';
import type { BulkInput } from '@/api/bulk-operations';
import type { BulkRow } from '@/api/bulk-runner';
import { toCsv } from '@/api/csv';

export type Outcome = 'sent' | 'done' | 'already a member' | 'duplicate in file' | 'invalid' | 'skipped' | 'failed' | 'cancelled' | 'not sent yet';

const NOT_SENT: Record<NonNullable<BulkInput['notSent']>, Outcome> = {
  invalid: 'invalid',
  duplicate: 'duplicate in file',
  member: 'already a member',
};

/** One word per row for screens and results files; "already a member" is an outcome, not a failure. */
export function outcomeOf(kind: BulkJobRecord['spec']['kind'], row: Pick<BulkRow<BulkInput, unknown>, 'status' | 'input' | 'errorCode'>): Outcome {
  if (row.input.notSent) return NOT_SENT[row.input.notSent];
  switch (row.status) {
    case 'succeeded':
      return kind === 'invite' ? 'sent' : 'done';
    case 'skipped':
      return row.errorCode === 'USER_ALREADY_EXISTS' ? 'already a member' : 'skipped';
    case 'failed':
      return 'failed';
    case 'cancelled':
      return 'cancelled';
    default:
      return 'not sent yet';
  }
}

/** Counts per outcome; they always add up to the number of rows. */
export function countOutcomes(record: Pick<BulkJobRecord, 'spec'>, rows: readonly BulkRow<BulkInput, unknown>[]) {
  const counts = new Map<Outcome, number>();
  for (const row of rows) {
    const outcome = outcomeOf(record.spec.kind, row);
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
  return counts;
}

const resultId = (result: unknown) => (typeof result === 'number' || typeof result === 'string' ? String(result) : '');

/**
 * The results of a job as CSV. Rows from an uploaded file keep their original columns, then outcome, message,
 * the new user's id and the trace token; other jobs list the user, the outcome and the server's message.
 */
export function bulkResultsCsv(record: Pick<BulkJobRecord, 'spec' | 'headers'>, rows: readonly BulkRow<BulkInput, unknown>[]): string {
  const tail = (row: BulkRow<BulkInput, unknown>) => [outcomeOf(record.spec.kind, row), row.message ?? '', resultId(row.result), row.traceToken ?? ''];
  if (record.headers) {
    const width = record.headers.length;
    const ordered = [...rows].sort((a, b) => (a.input.line ?? 0) - (b.input.line ?? 0));
    return toCsv(
      [...record.headers, 'outcome', 'message', 'userId', 'traceToken'],
      ordered.map((row) => [...Array.from({ length: width }, (_, index) => row.input.cells?.[index] ?? ''), ...tail(row)]),
    );
  }
  return toCsv(
    ['user', 'userId', 'outcome', 'message', 'traceToken'],
    rows.map((row) => [row.input.label, row.input.userId === undefined ? '' : String(row.input.userId), ...tail(row).filter((_, index) => index !== 2)]),
  );
}
