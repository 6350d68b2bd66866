const count = new Intl.NumberFormat('en-US');

/** "1–25 of 1,204" (or "1–25" when the server does not send a total). */
export function rangeText(page: number, size: number, shown: number, total: number | undefined): string {
  if (shown === 0) return total === undefined ? 'No users on this page' : `0 of ${count.format(total)}`;
  const first = (page - 1) * size + 1;
  const last = first + shown - 1;
  const range = `${count.format(first)}–${count.format(last)}`;
  return total === undefined ? range : `${range} of ${count.format(total)}`;
}
