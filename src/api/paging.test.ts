import { describe, expect, it } from 'vitest';

import { fetchAllPages, MAX_PAGE_SIZE, type PageFields } from '@/api/paging';

type Page = PageFields & { items: number[] };

/** A server with `total` items; `shape` decides which envelope fields it sends. */
function server(total: number, shape: 'full' | 'bare' | 'nulls' = 'full') {
  const calls: Array<[number, number]> = [];
  const fetchPage = async (start: number, count: number): Promise<Page> => {
    calls.push([start, count]);
    const items = Array.from({ length: Math.max(0, Math.min(count, total - start)) }, (_, index) => start + index);
    const more = start + items.length < total;
    if (shape === 'bare') return { items, resultSetSize: items.length };
    if (shape === 'nulls') return { items, resultSetSize: items.length, totalRowCount: null, nextUri: more ? 'next' : null };
    return { items, resultSetSize: items.length, totalRowCount: total, nextUri: more ? `/v2/x?startPosition=${start + count}` : null };
  };
  return { calls, fetchPage };
}

describe('fetchAllPages', () => {
  it('reads every page up to totalRowCount', async () => {
    const { calls, fetchPage } = server(250);
    const items = await fetchAllPages(fetchPage, (page) => page.items);
    expect(items).toHaveLength(250);
    expect(items[249]).toBe(249);
    expect(calls).toEqual([
      [0, MAX_PAGE_SIZE],
      [100, MAX_PAGE_SIZE],
      [200, MAX_PAGE_SIZE],
    ]);
  });

  it('without totalRowCount or nextUri, stops at the first short page', async () => {
    const { calls, fetchPage } = server(130, 'bare');
    expect(await fetchAllPages(fetchPage, (page) => page.items)).toHaveLength(130);
    expect(calls).toHaveLength(2);
  });

  it('without totalRowCount, an exact multiple of the page size ends on an empty page', async () => {
    const { calls, fetchPage } = server(200, 'bare');
    expect(await fetchAllPages(fetchPage, (page) => page.items)).toHaveLength(200);
    expect(calls).toHaveLength(3);
  });

  it('stops at an explicit null nextUri', async () => {
    const { calls, fetchPage } = server(200, 'nulls');
    expect(await fetchAllPages(fetchPage, (page) => page.items)).toHaveLength(200);
    expect(calls).toHaveLength(2);
  });

  it('reads an empty resource with one call', async () => {
    const { calls, fetchPage } = server(0);
    expect(await fetchAllPages(fetchPage, (page) => page.items)).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('gives up on a server whose pages never end', async () => {
    let calls = 0;
    const endless = async (): Promise<Page> => {
      calls += 1;
      return { items: Array.from({ length: 100 }, () => 1) };
    };
    await fetchAllPages(endless, (page) => page.items);
    expect(calls).toBe(50);
  });
});
