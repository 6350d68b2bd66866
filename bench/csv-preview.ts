/**
 * Parse, map and validate a 5,000-row invite CSV, as the preview does, against Papa Parse alone on the same text
 * (the ratio is steadier than milliseconds on a shared machine).
 *
 *   npx tsx bench/csv-preview.ts [rows]
 */
import Papa from 'papaparse';

import { mapColumns } from '../src/features/invite/csv-columns';
import { decodeCsvBytes, parseCsvText } from '../src/features/invite/csv-file';
import { buildPreview } from '../src/features/invite/csv-rows';
import { v6Format, V6_COLUMNS, type V6Context } from '../src/features/invite/csv-v6';

const rows = Number(process.argv[2] ?? 5000);
const offices = Array.from({ length: 25 }, (_, index) => ({ officeId: 100 + index, name: `Office ${index}`, regionId: 1 + (index % 5) }));
const context: V6Context = {
  roles: ['Default Admin', 'Regional Manager', 'Office Manager', 'Agent'].map((name, index) => ({ roleId: 10 + index, name })),
  offices,
  regions: Array.from({ length: 5 }, (_, index) => ({ regionId: 1 + index, name: `Region ${index}` })),
  profiles: [{ eSignPermissionProfileId: 'p', name: 'DS Sender' }],
  grantableLevels: ['Contributor', 'Office', 'Region', 'Company'],
  defaults: { eSignPermissionProfileId: 'p' },
};
const memberEmails = new Map(Array.from({ length: 1200 }, (_, index) => [`member${index}@harborpine.example`, 'Already a member of the company.']));
const lines = ['E-mail Address,First Name,Last Name,Role,Access level,Default office,Offices'];
for (let index = 0; index < rows; index += 1) {
  const office = offices[index % offices.length]!.name;
  const email = index % 50 === 0 ? `member${index % 1200}@harborpine.example` : `new.person${index}@newhire.example`;
  lines.push(`${email},First${index},"Last, ${index}",agent,Contributor,${office},"${office},Office 3"`);
}
const bytes = new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);

function preview() {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) throw new Error(decoded.error);
  const parsed = parseCsvText(decoded.text);
  if (!parsed.ok) throw new Error(parsed.error);
  return buildPreview(parsed.table, mapColumns(parsed.table.headers, V6_COLUMNS), v6Format(context), memberEmails);
}
const text = new TextDecoder().decode(bytes);
const median = (work: () => unknown) => {
  const times: number[] = [];
  for (let run = 0; run < 9; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[4]!;
};

const result = preview();
const ours = median(preview);
const papa = median(() => Papa.parse(text));
const ready = result.filter((row) => row.status === 'ready').length;
console.log(`csv preview: ${rows} rows (${(bytes.length / 1024).toFixed(0)} kB), ${ready} ready, ${rows - ready} not`);
console.log(`  decode + parse + map + validate  ${ours.toFixed(1)} ms (median of 9)`);
console.log(`  Papa Parse alone                 ${papa.toFixed(1)} ms`);
console.log(`  ratio                            ${(ours / papa).toFixed(1)}x the bare parse`);
