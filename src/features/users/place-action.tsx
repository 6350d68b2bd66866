import { Group, NativeSelect, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useRef, useState } from 'react';

import type { Verdict } from '@/api/permissions';
import { ErrorPanel } from '@/components/error-panel';
import { ActionButton } from '@/features/users/action-button';

export type Place = { id: number; name: string };

type Props<D, V> = {
  /** Label of the select, e.g. "Office to add". */
  label: string;
  button: string;
  places: Place[];
  /** What the rules say about the place chosen (or about the action at all when none can be chosen). */
  verdictFor: (placeId: number | undefined) => Verdict;
  /** Said instead when there is nothing to choose from. */
  empty: string;
  mutation: UseMutationResult<D, Error, V>;
  variables: (place: Place) => V;
  action: string;
};

/** Choose an office or region, then act on it; the button says why when the rules refuse that choice. */
export function PlaceAction<D, V>({ label, button, places, verdictFor, empty, mutation, variables, action }: Props<D, V>) {
  // Nothing is chosen until the user chooses: a first office picked in advance was one click from a change.
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const select = useRef<HTMLSelectElement>(null);
  const done = () => {
    setChosen(undefined);
    // The button is idle until the next choice; a keyboard user who pressed it goes on from the list.
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) select.current?.focus();
    });
  };
  const current = places.find((place) => place.id === chosen);
  const base = verdictFor(undefined);
  const verdict: Verdict = !base.allowed ? base : places.length === 0 ? { allowed: false, reason: empty } : current ? verdictFor(current.id) : base;
  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          ref={select}
          label={label}
          disabled={!base.allowed || places.length === 0}
          data={
            places.length
              ? [{ value: '', label: 'Choose…' }, ...places.map((place) => ({ value: String(place.id), label: place.name }))]
              : [{ value: '', label: 'None available' }]
          }
          value={current ? String(current.id) : ''}
          onChange={(event) => {
            mutation.reset();
            setChosen(event.currentTarget.value ? Number(event.currentTarget.value) : undefined);
          }}
          miw={220}
        />
        <Stack pt={25} gap={0}>
          <ActionButton
            variant="light"
            verdict={verdict}
            loading={mutation.isPending}
            disabled={!current}
            onClick={() => current && mutation.mutate(variables(current), { onSuccess: done })}
          >
            {button}
          </ActionButton>
        </Stack>
      </Group>
      {mutation.isError && <ErrorPanel error={mutation.error} action={action} headingOrder={4} />}
    </Stack>
  );
}
