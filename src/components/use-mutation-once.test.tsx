// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { useMutationOnce } from '@/components/use-mutation-once';
import { createTestQueryClient } from '@/testing/render';

function setup() {
  const calls: string[] = [];
  let finish = () => {};
  const mutationFn = (name: string) => {
    calls.push(name);
    return new Promise<string>((resolve) => (finish = () => resolve(name)));
  };
  const client = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const { result } = renderHook(() => useMutationOnce({ mutationFn }), { wrapper });
  return { calls, result, finish: () => finish() };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('useMutationOnce', () => {
  it('sends one call for two clicks before the pending state shows, and the next after it settles', async () => {
    const { calls, result, finish } = setup();
    act(() => {
      result.current.mutate('first');
      result.current.mutate('again');
    });
    await waitFor(() => expect(calls).toEqual(['first']));
    act(finish);
    await waitFor(() => expect(result.current.data).toBe('first'));
    expect(calls).toEqual(['first']);
    act(() => result.current.mutate('second'));
    await waitFor(() => expect(calls).toEqual(['first', 'second']));
  });

  it('takes a new call once the running one settles, even when its result was reset meanwhile', async () => {
    const { calls, result, finish } = setup();
    act(() => result.current.mutate('first'));
    await waitFor(() => expect(calls).toEqual(['first']));
    act(() => result.current.reset());
    act(() => result.current.mutate('while running'));
    act(finish);
    await settle();
    act(() => result.current.mutate('after'));
    await waitFor(() => expect(calls).toEqual(['first', 'after']));
  });
});
