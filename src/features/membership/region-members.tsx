import { Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

import { ApiError } from '@/api/errors';
import { membershipQueries } from '@/api/membership-index-queries';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/config/paths';
import { MemberTable, type MemberRow } from '@/features/membership/member-table';
import { ReassignBar } from '@/features/membership/reassign-bar';
import { useMembershipContext } from '@/features/membership/use-membership-context';

type Props = { accountId: string; owner: string; email: string; regionId: number };

/**
 * One region's members: everyone whose default office is in it (one default-office list per office) and the
 * Region-level users who were added to it (only Region-level users can be, so only they are read in detail).
 */
export function RegionMembers({ accountId, owner, email, regionId }: Props) {
  const context = useMembershipContext(accountId, owner, email);
  const { offices, regions } = context;
  const inRegion = (offices.data ?? []).filter((office) => office.regionId === regionId);
  const defaults = useQueries({ queries: inRegion.map((office) => membershipQueries.defaultMembers(accountId, office.officeId)) });
  const regionLevel = useQuery(membershipQueries.regionLevelUsers(accountId));
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const region = regions.data?.find((candidate) => candidate.regionId === regionId);

  const failed = [offices.error, regions.error, regionLevel.error, defaults.find((query) => query.isError)?.error].find(Boolean);
  if (failed) return <ErrorPanel error={failed} action="read this region's members" headingOrder={1} />;
  if (!offices.data || !regions.data) return <Skeleton h={320} aria-label="Loading the region" />;
  if (!region) {
    const error = new ApiError({ status: 404, message: `There is no region ${regionId} in this account, or you cannot see it.` });
    return <ErrorPanel error={error} action="view this region" notFoundTitle="Region not found" headingOrder={1} back={{ to: paths.offices.href(), label: 'All offices' }} />;
  }

  const loading = !regionLevel.data || defaults.some((query) => !query.data);
  const officeOfUser = new Map<number, string>();
  const byDefault: MemberRow[] = defaults.flatMap((query, position) =>
    (query.data ?? []).map((user) => {
      officeOfUser.set(user.userId, inRegion[position]!.name);
      return { ...user, via: 'default' as const };
    }),
  );
  const added: MemberRow[] = (regionLevel.data ?? [])
    .filter((user) => user.regions.includes(regionId) && !officeOfUser.has(user.userId))
    .map((user) => ({ ...user, via: 'region' as const }));

  return (
    <Stack gap="md">
      <title>{`${region.name} · Regions · Rooms Admin`}</title>
      <Stack gap={2}>
        <Title order={1}>Region {region.name}</Title>
        <Group gap="xs">
          <Text c="dimmed">Offices:</Text>
          {inRegion.map((office) => (
            <Anchor key={office.officeId} component={Link} to={paths.office.href(office.officeId)}>
              {office.name}
            </Anchor>
          ))}
        </Group>
      </Stack>
      <ReassignBar context={context} accountId={accountId} owner={owner} selected={selected} source={{ kind: 'region', regionId }} />
      {loading ? (
        <Skeleton h={240} aria-label="Loading members" />
      ) : (
        <MemberTable
          caption={`${byDefault.length.toLocaleString()} with a default office in ${region.name}, ${added.length.toLocaleString()} Region-level members added to it`}
          rows={[...byDefault, ...added]}
          selected={selected}
          onSelect={setSelected}
          place={region.name}
          officeOf={(userId) => officeOfUser.get(userId)}
        />
      )}
    </Stack>
  );
}
