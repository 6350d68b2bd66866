import { Anchor, Avatar, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { userQueries } from '@/api/users/queries';
import type { User } from '@/api/users/schemas';
import { ErrorPanel } from '@/components/error-panel';
import { ArrowLeftIcon } from '@/components/icons';
import { describePermissions } from '@/api/classic-permissions';
import { FieldList, type Field } from '@/features/users/field-list';
import { fullName, NONE, titleLabel, type Lookups } from '@/features/users/lookups';
import { useLookups } from '@/features/users/use-lookups';
import { LockedBadge, StatusBadge } from '@/features/users/user-badges';
import { UserActions } from '@/features/users/user-actions';
import type { BackLink } from '@/components/back-link';

type Props = { accountId: string; version: CompanyVersion; userId: number; back: BackLink };

const names = (ids: number[], name: (id: number) => string): string => (ids.length ? ids.map(name).join(', ') : NONE);

function fieldsOf(user: User, version: CompanyVersion, lookups: Lookups): Field[] {
  const defaultRegion = lookups.officeRegionId(user.defaultOfficeId);
  return [
    { label: 'Email', value: user.email },
    { label: 'Status', value: <StatusBadge status={user.status} /> },
    { label: 'Locked', value: user.isLockedOut ? 'Yes, locked out' : 'No' },
    { label: 'Access level', value: user.accessLevel ?? NONE },
    version === 'v6'
      ? { label: 'Role', value: lookups.roleName(user.roleId) }
      : { label: 'Title', value: titleLabel(user.titleId) },
    { label: 'Default office', value: lookups.officeName(user.defaultOfficeId) },
    { label: 'Default region', value: defaultRegion === undefined ? NONE : lookups.regionName(defaultRegion) },
    { label: 'Offices', value: names(user.offices, lookups.officeName) },
    { label: 'Regions', value: names(user.regions, lookups.regionName) },
    { label: 'User ID', value: String(user.userId) },
  ];
}

function ClassicPermissions({ permissions }: { permissions: Record<string, boolean> }) {
  const { granted, denied } = describePermissions(permissions);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="classic-permissions">
      <Title order={2} size="h4" id="classic-permissions" mb="sm">
        Classic permissions
      </Title>
      {granted.length > 0 ? (
        <List spacing={4}>
          {granted.map((label) => (
            <List.Item key={label}>{label}</List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">No classic manager permissions.</Text>
      )}
      {denied.length > 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          Not granted: {denied.join(', ')}
        </Text>
      )}
    </Paper>
  );
}

/** One user, every field with names resolved, and every action the Users API offers on them. */
export function UserDetail({ accountId, version, userId, back: backLink }: Props) {
  const user = useQuery(userQueries.detail(accountId, userId));
  const { lookups, settled } = useLookups(accountId, version);
  const back = (
    <Anchor component={Link} to={backLink.to} size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <ArrowLeftIcon size={16} />
        {backLink.label}
      </Group>
    </Anchor>
  );

  // With data already shown, a failed refetch (an expired session, say) leaves the page as it is.
  if (user.isError && !user.data) {
    return (
      <Stack gap="md">
        {back}
        <ErrorPanel
          error={user.error}
          action="view this user"
          notFoundTitle="User not found"
          notFoundHint="Either there is no such user, or they are outside the offices and regions you oversee: Rooms answers the same for both."
          headingOrder={1}
          onRetry={() => void user.refetch()}
          back={backLink}
        />
      </Stack>
    );
  }

  if (!user.data || !settled) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading user">
        {back}
        <Skeleton h={36} w={280} />
        <Skeleton h={220} />
      </Stack>
    );
  }

  const data = user.data;
  const name = fullName(data);
  const permissions = version === 'v5' && Object.keys(data.permissions).length > 0 ? data.permissions : undefined;
  return (
    <Stack gap="lg">
      {back}
      <Group gap="md" wrap="nowrap" align="center">
        <Avatar src={data.profileImageUrl || null} alt={data.profileImageUrl ? `Profile picture of ${name}` : undefined} size="lg" color="indigo" name={name} />
        <Stack gap={4} miw={0}>
          <Title order={1}>{name}</Title>
          <Group gap="xs">
            <StatusBadge status={data.status} />
            {data.isLockedOut && <LockedBadge locked />}
          </Group>
        </Stack>
      </Group>

      <Paper withBorder p="lg" component="section" aria-labelledby="user-details">
        <Title order={2} size="h4" id="user-details" mb="md">
          Details
        </Title>
        <FieldList fields={fieldsOf(data, version, lookups)} />
      </Paper>

      {permissions && <ClassicPermissions permissions={permissions} />}

      <UserActions accountId={accountId} version={version} user={data} name={name} lookups={lookups} backTo={backLink.to} />
    </Stack>
  );
}
