import type { BulkInput } from '@/api/bulk-operations';
import type { PreviewRow } from '@/features/invite/csv-rows';

export type JobRow = { key: string; input: BulkInput; status?: 'skipped'; message?: string };

export type PreviewCounts = Record<PreviewRow['status'], number> & { total: number };

export function countPreview(rows: readonly PreviewRow[]): PreviewCounts {
  const counts: PreviewCounts = { ready: 0, invalid: 0, duplicate: 0, member: 0, total: rows.length };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** "Column "email": ..." is already in the message; other problems get the column's name in front. */
export const problemText = (row: PreviewRow) => row.problems.map((problem) => problem.message).join(' ');

function labelOf(row: PreviewRow): string {
  if (row.name && row.email) return `${row.name} <${row.email}>`;
  return row.email || `Line ${row.line}`;
}

/**
 * Every data row of the file becomes a job row, so the results count them all: ready rows are sent, the others are
 * settled before the job starts with the reason they were not sent.
 */
export function jobRowsOf(rows: readonly PreviewRow[]): JobRow[] {
  return rows.map((row) => {
    const input: BulkInput = { label: labelOf(row), line: row.line, cells: row.cells };
    const key = `line-${row.line}`;
    if (row.status === 'ready' && row.invite) return { key, input: { ...input, invite: row.invite } };
    if (row.status === 'ready' && row.classic) return { key, input: { ...input, classic: row.classic } };
    const notSent = row.status === 'ready' ? 'invalid' : row.status;
    const message =
      row.status === 'invalid' || row.status === 'ready' ? `Not sent: ${problemText(row) || 'the row is incomplete.'}` : `Not sent: ${row.note ?? ''}`.trim();
    return { key, input: { ...input, notSent }, status: 'skipped', message };
  });
}
