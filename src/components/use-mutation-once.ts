import { useMutation, type DefaultError, type MutateFunctionRest, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/**
 * useMutation whose `mutate` does nothing while a call it started is still running. The pending state reaches a
 * button a moment after the click (the cache tells its observers on the next tick), so a quick second click would
 * otherwise send the same change again: a second invite failing as "already a member" over the first one's
 * success, a second removal as "not found".
 */
export function useMutationOnce<TData = unknown, TError = DefaultError, TVariables = void, TOnMutateResult = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TOnMutateResult>,
): UseMutationResult<TData, TError, TVariables, TOnMutateResult> {
  const running = useRef(false);
  const mutation = useMutation({
    ...options,
    // The mutation's own callback: it runs even when the page has moved on or the result was reset meanwhile.
    onSettled: (...args) => {
      running.current = false;
      return options.onSettled?.(...args);
    },
  });
  const { mutate: start } = mutation;
  const mutate = useCallback(
    (...args: MutateFunctionRest<TData, TError, TVariables, TOnMutateResult>) => {
      if (running.current) return;
      running.current = true;
      start(...args);
    },
    [start],
  );
  return { ...mutation, mutate };
}
