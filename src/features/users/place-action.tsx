import { Group, NativeSelect, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';

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
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const current = places.find((place) => place.id === chosen) ?? places[0];
  const base = verdictFor(undefined);
  const verdict: Verdict = !base.allowed ? base : !current ? { allowed: false, reason: empty } : verdictFor(current.id);
  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label={label}
          disabled={!base.allowed || places.length === 0}
          data={places.length ? places.map((place) => ({ value: String(place.id), label: place.name })) : [{ value: '', label: 'None available' }]}
          value={current ? String(current.id) : ''}
          onChange={(event) => {
            mutation.reset();
            setChosen(Number(event.currentTarget.value));
          }}
          miw={220}
        />
        <Stack pt={25} gap={0}>
          <ActionButton
            variant="light"
            verdict={verdict}
            loading={mutation.isPending}
            onClick={() => current && mutation.mutate(variables(current))}
          >
            {button}
          </ActionButton>
        </Stack>
      </Group>
      {mutation.isError && <ErrorPanel error={mutation.error} action={action} headingOrder={4} />}
    </Stack>
  );
}
