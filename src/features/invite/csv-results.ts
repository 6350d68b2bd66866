import { toCsv } from '@/api/csv';
import { INVITE_COLUMNS } from '@/features/invite/csv-columns';

/** A v6 template with one example row, using names (not ids) as an administrator would. */
export function buildV6Template(example: { role: string; office: string; profile: string }): string {
  const columns = Object.values(INVITE_COLUMNS).map((column) => column.label);
  return toCsv(columns, [
    ['ada.agent@example.com', 'Ada', 'Agent', example.role, 'Contributor', example.office, example.office, '', example.profile, 'yes'],
  ]);
}
