import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

import { ApiError } from '@/api/errors';
import { membershipQueries } from '@/api/membership-index-queries';
import { officeMembers, progressOf } from '@/api/membership-index';
import { placeOf } from '@/api/offices/place';
import { scopeOf } from '@/api/permissions';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/config/paths';
import { IndexStatus } from '@/features/membership/index-status';
import { MemberTable, type MemberRow } from '@/features/membership/member-table';
import { ReassignBar } from '@/features/membership/reassign-bar';
import { RecentReassignments } from '@/features/membership/recent-reassignments';
import { useMembershipContext } from '@/features/membership/use-membership-context';

type Props = { accountId: string; owner: string; email: string; officeId: number };

/**
 * One office's members. Who has it as default comes straight from GET users?defaultOfficeId (no index needed);
 * who was added to it besides is known only from the membership index, once read.
 */
export function OfficeMembers({ accountId, owner, email, officeId }: Props) {
  const context = useMembershipContext(accountId, owner, email);
  const defaults = useQuery(membershipQueries.defaultMembers(accountId, officeId));
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const { offices, indexState } = context;
  const office = offices.data?.find((candidate) => candidate.officeId === officeId);

  if (offices.isError) return <ErrorPanel error={offices.error} action="read the offices" onRetry={() => void offices.refetch()} headingOrder={1} />;
  if (!offices.data) return <Skeleton h={320} aria-label="Loading the office" />;
  if (!office) {
    const error = new ApiError({ status: 404, message: `There is no office ${officeId} in this account, or you cannot see it.` });
    return <ErrorPanel error={error} action="view this office" notFoundTitle="Office not found" headingOrder={1} back={{ to: paths.offices.href(), label: 'All offices' }} />;
  }

  const complete = progressOf(indexState.index).complete;
  const actor = context.actor.data?.actor;
  const partial = actor !== undefined && scopeOf(actor, context.geography).kind !== 'company';
  const additional: MemberRow[] = complete
    ? officeMembers(indexState.index, officeId)
        .filter(({ via }) => via === 'additional')
        .map(({ member }) => ({ ...member, via: 'additional' }))
    : [];
  const rows: MemberRow[] = [...(defaults.data ?? []).map((user) => ({ ...user, via: 'default' as const })), ...additional];

  return (
    <Stack gap="md">
      <title>{`${office.name} · Offices · Rooms Admin`}</title>
      <Stack gap={2}>
        <Title order={1}>{office.name}</Title>
        <Text c="dimmed">
          Office
          {office.regionId !== undefined && (
            <>
              {' '}
              in region{' '}
              <Anchor component={Link} to={paths.region.href(office.regionId)} style={{ textDecoration: 'underline' }}>
                {context.names.region(office.regionId)}
              </Anchor>
            </>
          )}
          {placeOf(office) ? ` · located in ${placeOf(office)}` : ''}
        </Text>
      </Stack>
      <IndexStatus state={indexState} partial={partial} why="Users added to this office besides those whose default office it is are shown once every user's memberships are read." />
      <RecentReassignments owner={owner} accountId={accountId} officeId={officeId} />
      <ReassignBar context={context} accountId={accountId} owner={owner} selected={selected} source={{ kind: 'office', officeId }} />
      {defaults.isError ? (
        <ErrorPanel error={defaults.error} action="read this office's members" onRetry={() => void defaults.refetch()} headingOrder={2} />
      ) : !defaults.data ? (
        <Skeleton h={240} aria-label="Loading members" />
      ) : (
        <MemberTable
          caption={`${defaults.data.length.toLocaleString()} with ${office.name} as default office${complete ? `, ${additional.length.toLocaleString()} added to it` : ''}${partial ? ' (of the users you can see)' : ''}`}
          rows={rows}
          selected={selected}
          onSelect={setSelected}
          place={office.name}
        />
      )}
    </Stack>
  );
}
