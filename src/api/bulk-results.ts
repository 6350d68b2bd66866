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
    // Values beyond the header's last column are kept, under a name that says where they were.
    const used = (cells: readonly string[] = []) => cells.findLastIndex((cell) => cell.trim() !== '') + 1;
    const width = Math.max(record.headers.length, ...rows.map((row) => used(row.input.cells)));
    const headers = Array.from({ length: width }, (_, index) => record.headers?.[index] ?? `column ${index + 1}`);
    const ordered = [...rows].sort((a, b) => (a.input.line ?? 0) - (b.input.line ?? 0));
    return toCsv(
      [...headers, 'outcome', 'message', 'userId', 'traceToken'],
      ordered.map((row) => [...Array.from({ length: width }, (_, index) => row.input.cells?.[index] ?? ''), ...tail(row)]),
    );
  }
  return toCsv(
    ['user', 'userId', 'outcome', 'message', 'traceToken'],
    rows.map((row) => [row.input.label, row.input.userId === undefined ? '' : String(row.input.userId), ...tail(row).filter((_, index) => index !== 2)]),
  );
}

/**
 * "3 done · 2 skipped · 1 failed · 0 remaining": skipped rows are never counted as done, and the parts add up to
 * every row (a cancelled job says how many were cancelled).
 */
export function progressLine(counts: { succeeded: number; skipped: number; failed: number; cancelled?: number; remaining: number }): string {
  const number = (value: number) => value.toLocaleString('en-US');
  const skipped = counts.skipped > 0 ? ` · ${number(counts.skipped)} skipped` : '';
  const cancelled = counts.cancelled ? ` · ${number(counts.cancelled)} cancelled` : '';
  return `${number(counts.succeeded)} done${skipped} · ${number(counts.failed)} failed${cancelled} · ${number(counts.remaining)} remaining`;
}

export type JobOutcome = { tone: 'success' | 'partial' | 'failure'; title: string; text: string };

/** Outcomes in the order a summary names them; done and sent lead. */
const NOT_DONE: readonly Outcome[] = ['skipped', 'already a member', 'duplicate in file', 'invalid', 'failed', 'cancelled', 'not sent yet'];
const SHOWN_REASONS = 5;

/** A row's message without the row's own name in front, so rows refused for one reason read as one. */
function reasonOf(row: Pick<BulkRow<BulkInput, unknown>, 'input' | 'message'>): string | undefined {
  const message = row.message?.trim();
  if (!message) return undefined;
  const name = row.input.label.split(' <')[0] ?? '';
  const rest = name && message.startsWith(`${name} `) ? message.slice(name.length + 1).replace(/^is /, '') : message;
  // "Already a member of the company" says no more than the outcome it is counted under.
  const reason = rest.replace(/^Not sent: /, '').replace(/^Already a member of the company[,.]?\s*/, '');
  // The summary names a reason by its first sentence; the rest (a list of every office, say) is on the row.
  return reason.split(/(?<=[^.\s]{2})\. (?=[A-Z])/)[0]!.replace(/\.$/, '') || undefined;
}

/**
 * "2 skipped: outside the offices and regions you oversee", or per reason with counts when they differ. A reason
 * the service gave carries the trace token of its first row, to quote to DocuSign support.
 */
function withReasons(count: number, outcome: Outcome, rows: readonly Pick<BulkRow<BulkInput, unknown>, 'input' | 'message' | 'traceToken'>[]): string {
  const head = `${count.toLocaleString('en-US')} ${outcome}`;
  if (outcome === 'cancelled' || outcome === 'not sent yet') return head;
  const reasons = new Map<string, { count: number; traceToken?: string }>();
  for (const row of rows) {
    const reason = reasonOf(row);
    if (!reason) continue;
    const seen = reasons.get(reason);
    reasons.set(reason, { count: (seen?.count ?? 0) + 1, traceToken: seen ? seen.traceToken : row.traceToken });
  }
  const said = (reason: string, { count, traceToken }: { count: number; traceToken?: string }, counted: boolean) => {
    const notes = [counted ? count.toLocaleString('en-US') : '', traceToken ? `trace token ${traceToken}` : ''].filter(Boolean);
    return notes.length > 0 ? `${reason} (${notes.join('; ')})` : reason;
  };
  if (reasons.size === 0) return head;
  // One reason for every row reads as the reason; for only some of them it is counted, so it is not taken for all.
  const forEvery = [...reasons.values()].reduce((sum, seen) => sum + seen.count, 0) === count;
  if (reasons.size === 1 && forEvery) {
    const [reason, seen] = [...reasons][0]!;
    return `${head}: ${said(reason, seen, false)}`;
  }
  const listed = [...reasons].sort((a, b) => b[1].count - a[1].count).slice(0, SHOWN_REASONS).map(([reason, seen]) => said(reason, seen, true));
  return `${head}: ${listed.join('; ')}${reasons.size > SHOWN_REASONS ? '; and other reasons' : ''}`;
}

/**
 * The one-line outcome of an ended job, saying exactly what happened. Only a job whose every row was done reads
 * as success; anything skipped, failed or cancelled makes it partial (or a failure when nothing was done).
 */
export function jobOutcome(record: Pick<BulkJobRecord, 'spec'>, state: 'finished' | 'cancelled', rows: readonly BulkRow<BulkInput, unknown>[]): JobOutcome {
  const kind = record.spec.kind;
  const verb = kind === 'invite' ? 'sent' : 'done';
  const byOutcome = new Map<Outcome, BulkRow<BulkInput, unknown>[]>();
  for (const row of rows) {
    const outcome = outcomeOf(kind, row);
    byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), row]);
  }
  const total = rows.length;
  const done = (byOutcome.get('done')?.length ?? 0) + (byOutcome.get('sent')?.length ?? 0);
  const failed = (byOutcome.get('failed')?.length ?? 0) + (byOutcome.get('invalid')?.length ?? 0);
  const rest = NOT_DONE.flatMap((outcome) => {
    const matching = byOutcome.get(outcome) ?? [];
    return matching.length > 0 ? [withReasons(matching.length, outcome, matching)] : [];
  });
  if (state === 'finished' && done === total) {
    return { tone: 'success', title: 'Done', text: total === 1 ? `The row is ${verb}.` : `All ${total.toLocaleString('en-US')} rows are ${verb}.` };
  }
  const text = `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${verb}; ${rest.join('; ')}.`;
  // Rows of a file that were never to be sent (invalid, duplicate, already a member): nothing to retry, only to fix.
  if (state === 'finished' && rows.every((row) => row.input.notSent || outcomeOf(kind, row) === verb)) {
    const fix = rows.some((row) => row.input.notSent === 'invalid') ? ' To invite the invalid rows, correct them in the file and upload it again.' : '';
    const title = done === 0 ? `Nothing was ${verb}` : `Every ready row was ${verb}`;
    return { tone: done === 0 ? 'failure' : 'partial', title, text: `${text}${fix}` };
  }
  const retryable = rows.some((row) => row.status === 'failed');
  const advice = retryable ? ' Retry the failed rows, or see each row below.' : ' See each row below.';
  if (state === 'cancelled') return { tone: 'partial', title: 'Cancelled', text: `${text}${advice}` };
  if (done === 0) return { tone: failed > 0 ? 'failure' : 'partial', title: 'Nothing was done', text: `${text}${advice}` };
  return { tone: 'partial', title: 'Partly done', text: `${text}${advice}` };
}
