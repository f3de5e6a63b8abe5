/**
 * Parses CSV (RFC 4180): `,` separated, fields optionally in double quotes, `""` for a
 * quote inside quotes, quoted fields may hold commas and line breaks; CRLF or LF rows.
 * A leading BOM is ignored. Never throws: an unterminated quote ends the input and is
 * reported. Rows are returned with their 1-based starting line in the file.
 */
export function parseCsv(text: string): { rows: { line: number; cells: string[] }[]; errors: string[] } {
  const rows: { line: number; cells: string[] }[] = [];
  const errors: string[] = [];
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]!.trim() === '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (c === '\n') line += 1;
      cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      i += 1;
      continue;
    } else if (c === '\n' || c === '\r') {
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += c;
    }
    i += 1;
  }
  if (quoted) errors.push(`line ${rowLine}: a quoted field is never closed`);
  if (cell !== '' || cells.length > 0) endRow();
  return { rows, errors };
}
