import Papa from 'papaparse';

export type CsvRecord = {
  /** The line in the file where the record starts, counting the header as line 1 (as a spreadsheet does). */
  line: number;
  cells: string[];
};

export type CsvTable = { headers: string[]; records: CsvRecord[]; delimiter: string };

export type CsvFileResult = { ok: true; table: CsvTable } | { ok: false; error: string };

const SEP_LINE = /^sep=(.)\s*$/i;

/**
 * Reads uploaded bytes as UTF-8 text. Spreadsheet programs write UTF-8 with a byte-order mark when asked for
 * "CSV UTF-8"; anything else (a workbook, a legacy code page) gets a message that says how to save it instead.
 */
export function decodeCsvBytes(bytes: Uint8Array, fileName = 'The file'): { ok: true; text: string } | { ok: false; error: string } {
  const sample = bytes.subarray(0, 4096);
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (utf16) {
    return {
      ok: false,
      error: `${fileName} is UTF-16 text ("Unicode Text"), which this page does not read. Save it as UTF-8: "CSV UTF-8 (comma delimited)" in Excel, or download it as CSV from Google Sheets, and upload that.`,
    };
  }
  if (sample.includes(0) || (sample[0] === 0x50 && sample[1] === 0x4b)) {
    return {
      ok: false,
      error: `${fileName} is not a text file (a spreadsheet workbook, perhaps). Save it as "CSV UTF-8 (comma delimited)" and upload that.`,
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return {
      ok: false,
      error: `${fileName} is not UTF-8 text. Save it as "CSV UTF-8 (comma delimited)" (Excel) or download it as CSV (Google Sheets) and upload it again.`,
    };
  }
}

/**
 * Splits CSV text into a header and records: delimiter detected (or taken from Excel's `sep=` line), quotes and
 * every line-ending style handled by Papa Parse, and empty or whitespace-only records dropped wherever they are.
 */
export function parseCsvText(input: string): CsvFileResult {
  let text = input.replace(/^\uFEFF/, '');
  let delimiter = '';
  let lineOffset = 0;
  const firstBreak = text.search(/\r\n|\n|\r/);
  const sep = SEP_LINE.exec(firstBreak === -1 ? text : text.slice(0, firstBreak));
  if (sep) {
    delimiter = sep[1]!;
    text = firstBreak === -1 ? '' : text.slice(firstBreak).replace(/^(\r\n|\n|\r)/, '');
    lineOffset = 1;
  }
  // Records are read one at a time for where each starts: a quoted value may span lines, so a record's line in
  // the file is not its index.
  const rows: { start: number; cells: string[] }[] = [];
  let cursor = 0;
  let quoteErrorAt: number | undefined;
  let detected = delimiter;
  Papa.parse<string[]>(text, {
    delimiter,
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
    step: (result) => {
      if (quoteErrorAt === undefined && result.errors.some((error) => error.type === 'Quotes')) quoteErrorAt = cursor;
      rows.push({ start: cursor, cells: result.data });
      cursor = result.meta.cursor;
      detected = result.meta.delimiter;
    },
  });
  const lineAt = lineCounter(text);
  if (quoteErrorAt !== undefined) {
    return { ok: false, error: `A quoted value that starts near line ${lineAt(quoteErrorAt) + lineOffset} is never closed. Check the quotes on that line.` };
  }
  const records = rows
    .map((row) => ({ line: lineAt(row.start) + lineOffset, cells: row.cells.map((cell) => cell ?? '') }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const [header, ...rest] = records;
  if (!header) return { ok: false, error: 'The file is empty: it needs a header line and at least one row.' };
  if (rest.length === 0) return { ok: false, error: 'The file has a header line but no data rows: add one line per person below the header.' };
  return { ok: true, table: { headers: header.cells.map((cell) => cell.trim()), records: rest, delimiter: detected } };
}

/** The line (from 1) of a position in the text, for positions asked in increasing order; any line-ending style. */
function lineCounter(text: string): (position: number) => number {
  let line = 1;
  let scanned = 0;
  return (position) => {
    for (; scanned < position; scanned += 1) {
      const char = text.charCodeAt(scanned);
      if (char === 10 || (char === 13 && text.charCodeAt(scanned + 1) !== 10)) line += 1;
    }
    return line;
  };
}
