import '@mantine/core/styles/Table.css';

import { Alert, Anchor, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';

import { membershipQueries } from '@/api/membership-index-queries';
import { officeMemberCounts, progressOf } from '@/api/membership-index';
import { officeInScope, scopeOf } from '@/api/permissions';
import { placeOf } from '@/api/offices/place';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/config/paths';
import { IndexStatus } from '@/features/membership/index-status';
import { useMembershipContext } from '@/features/membership/use-membership-context';


/** Every office, grouped by region, with how many users have it as default and (once read) all its members. */
export function OfficesOverview({ accountId, owner, email }: { accountId: string; owner: string; email: string }) {
  const { offices, regions, indexState, actor: actorQuery, geography } = useMembershipContext(accountId, owner, email);
  const actor = actorQuery.data?.actor;
  // Counts come from the users the administrator can see: for offices outside their reach they mean nothing.
  const partial = actor !== undefined && scopeOf(actor, geography).kind !== 'company';
  const inReach = (officeId: number) => !actor || officeInScope(actor, geography, officeId);
  const defaultCounts = useQueries({
    queries: (offices.data ?? []).map((office) => ({
      ...membershipQueries.defaultCount(accountId, office.officeId),
      enabled: actor !== undefined && inReach(office.officeId),
    })),
  });

  if (offices.isError) return <ErrorPanel error={offices.error} action="read the offices" onRetry={() => void offices.refetch()} headingOrder={2} />;
  if (!offices.data) return <Skeleton h={320} aria-label="Loading offices" />;

  const complete = progressOf(indexState.index).complete;
  const fullCounts = complete ? officeMemberCounts(indexState.index) : undefined;
  const countOf = new Map(offices.data.map((office, position) => [office.officeId, defaultCounts[position]]));
  const groups = [
    ...(regions.data ?? []).map((region) => ({ region, offices: offices.data.filter((office) => office.regionId === region.regionId) })),
    {
      region: undefined,
      offices: offices.data.filter((office) => !(regions.data ?? []).some((region) => region.regionId === office.regionId)),
    },
  ].filter((group) => group.offices.length > 0);

  return (
    <Stack gap="lg">
      <IndexStatus state={indexState} partial={partial} why="Counts of all members (not only those whose default office it is) need every user's memberships." />
      {partial && (
        <Text size="sm" c="dimmed">
          Counts are of the users you can see, in the offices and regions you oversee; offices outside them show none.
        </Text>
      )}
      {regions.isError && <Alert color="yellow">Region names could not be read; offices are shown without them.</Alert>}
      {groups.map(({ region, offices: inRegion }) => (
        <Stack key={region?.regionId ?? 'none'} gap="xs" component="section" aria-labelledby={`region-${region?.regionId ?? 'none'}`}>
          <Title order={2} size="h3" id={`region-${region?.regionId ?? 'none'}`}>
            {region ? (
              <Anchor component={Link} to={paths.region.href(region.regionId)} inherit>
                {region.name}
              </Anchor>
            ) : (
              'Offices without a region'
            )}
          </Title>
          <Table striped highlightOnHover withTableBorder layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Office</Table.Th>
                <Table.Th scope="col">Location</Table.Th>
                <Table.Th scope="col" ta="right">
                  Default office of
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  All members
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inRegion.map((office) => {
                const count = countOf.get(office.officeId);
                return (
                  <Table.Tr key={office.officeId}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.office.href(office.officeId)}>
                        {office.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{placeOf(office)}</Table.Td>
                    <Table.Td ta="right">
                      {!inReach(office.officeId) ? (
                        <Text span size="sm" c="dimmed">
                          outside your reach
                        </Text>
                      ) : count?.data !== undefined ? (
                        count.data.toLocaleString()
                      ) : count?.isError ? (
                        'unknown'
                      ) : (
                        <Skeleton h={14} w={32} ml="auto" />
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {!inReach(office.officeId) ? (
                        <Text span size="sm" c="dimmed">
                          outside your reach
                        </Text>
                      ) : fullCounts ? (
                        (fullCounts.get(office.officeId) ?? 0).toLocaleString()
                      ) : (
                        <Text span size="sm" c="dimmed">
                          not read
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}
