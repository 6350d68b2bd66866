import * as z from 'zod/mini';

/**
 * The Rooms paging envelope (resultSetSize, startPosition, endPosition, totalRowCount, nextUri, priorUri).
 * The API may leave out totalRowCount, nextUri and priorUri, or send them as null (REFERENCE.md §3.3), so none of
 * them is required; the list itself defaults to empty when a server omits it on an empty page.
 */
const pagingShape = {
  resultSetSize: z.optional(z.nullable(z.number())),
  startPosition: z.optional(z.nullable(z.number())),
  endPosition: z.optional(z.nullable(z.number())),
  totalRowCount: z.optional(z.nullable(z.number())),
  nextUri: z.optional(z.nullable(z.string())),
  priorUri: z.optional(z.nullable(z.string())),
};

/** `pageOf('userSummaries', UserSummary)` → the schema of a UserSummaryList. */
export function pageOf<K extends string, T extends z.ZodMiniType>(itemsKey: K, item: T) {
  const items = { [itemsKey]: z._default(z.array(item), []) } as { [P in K]: z.ZodMiniDefault<z.ZodMiniArray<T>> };
  return z.looseObject({ ...pagingShape, ...items });
}

export type PageFields = {
  resultSetSize?: number | null;
  totalRowCount?: number | null;
  nextUri?: string | null;
};

/** The API's maximum page size; small resources are read in pages of this size. */
export const MAX_PAGE_SIZE = 100;

/** Stops a misbehaving server (a page that never ends) from looping forever: 50 × 100 items. */
const MAX_PAGES = 50;

/**
 * Reads every page of a small resource (offices, regions, roles: a few hundred at most).
 * Stops at an empty page, an explicit null nextUri, totalRowCount when the server sends it, and otherwise at the
 * first short page. Never use it for users: that list is paged by the server, one page per view.
 */
export async function fetchAllPages<P extends PageFields, T>(
  fetchPage: (startPosition: number, count: number) => Promise<P>,
  itemsOf: (page: P) => T[],
): Promise<T[]> {
  const all: T[] = [];
  for (let pageIndex = 0; pageIndex < MAX_PAGES; pageIndex += 1) {
    const page = await fetchPage(all.length, MAX_PAGE_SIZE);
    const items = itemsOf(page);
    all.push(...items);
    const total = page.totalRowCount ?? undefined;
    if (items.length === 0 || page.nextUri === null) break;
    if (total !== undefined ? all.length >= total : items.length < MAX_PAGE_SIZE) break;
  }
  return all;
}
