/**
 * The paging envelope every list shares (`resultSetSize`, `startPosition`, `endPosition`, `totalRowCount`,
 * `nextUri`, `priorUri`). The URIs are relative (`/v2/accounts/...`) and null at the ends, as DECISIONS.md says;
 * they repeat the request's known parameters in their canonical spelling.
 */
export type Envelope = {
  resultSetSize: number;
  startPosition: number;
  endPosition: number;
  totalRowCount: number;
  nextUri: string | null;
  priorUri: string | null;
};

export type PageRequest = {
  /** The list's path, e.g. `/v2/accounts/{accountId}/users`. */
  path: string;
  startPosition: number;
  count: number;
  /** Known parameters that shaped the list, to carry into nextUri and priorUri. */
  params: Record<string, string | number | boolean | undefined>;
};

export function envelope(request: PageRequest, resultSetSize: number, totalRowCount: number): Envelope {
  const { startPosition, count } = request;
  const uri = (start: number): string => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(request.params)) {
      if (value !== undefined) search.set(name, String(value));
    }
    search.set('startPosition', String(start));
    search.set('count', String(count));
    return `${request.path}?${search.toString()}`;
  };
  return {
    resultSetSize,
    startPosition,
    // The spec gives no rule for an empty page; pointing at the start keeps the field a valid index.
    endPosition: resultSetSize > 0 ? startPosition + resultSetSize - 1 : startPosition,
    totalRowCount,
    nextUri: startPosition + resultSetSize < totalRowCount ? uri(startPosition + resultSetSize) : null,
    priorUri: startPosition > 0 ? uri(Math.max(0, Math.min(startPosition, totalRowCount) - count)) : null,
  };
}

/** Slices an already filtered and ordered array and wraps it. */
export function pageOf<T>(items: readonly T[], request: PageRequest): { items: T[]; envelope: Envelope } {
  const slice = items.slice(request.startPosition, request.startPosition + request.count);
  return { items: slice, envelope: envelope(request, slice.length, items.length) };
}
