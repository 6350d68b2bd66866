import Papa from 'papaparse';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula. Prefixing an
 * apostrophe shows the text as typed and runs nothing (OWASP, "CSV injection").
 */
export const escapeFormula = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Every CSV the app writes (exports, results, templates): CRLF, quoted where needed, formulas defused. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: headers.map(escapeFormula), data: rows.map((row) => row.map(escapeFormula)) },
    { newline: '\r\n', quotes: false },
  );
}

/** Hands a CSV to the browser as a download; the byte-order mark makes Excel read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
