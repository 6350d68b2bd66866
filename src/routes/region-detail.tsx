import type { QueryClient } from '@tanstack/react-query';
import { Anchor, Stack } from '@mantine/core';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';

import { ApiError } from '@/api/errors';
import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { ErrorPanel } from '@/components/error-panel';
import { ArrowLeftIcon } from '@/components/icons';
import { paths } from '@/config/paths';
import { RegionMembers } from '@/features/membership/region-members';
import { parseId } from '@/routes/office-detail';
import { activeAccountId, preload } from '@/routes/preload';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<null> => {
    const accountId = await activeAccountId(queryClient);
    if (!accountId || parseId(params.regionId) === undefined) return null;
    void preload(queryClient, officeQueries.list(accountId));
    void preload(queryClient, regionQueries.list(accountId));
    return null;
  };

export function Component() {
  const { accountId, identity } = useSignedInSession();
  const params = useParams();
  const regionId = parseId(params.regionId);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.offices.href()} size="sm">
        <ArrowLeftIcon size={14} /> All offices
      </Anchor>
      {regionId === undefined ? (
        <ErrorPanel
          error={new ApiError({ status: 404, message: `"${params.regionId ?? ''}" is not a region id.` })}
          action="view this region"
          notFoundTitle="Region not found"
          headingOrder={1}
        />
      ) : (
        <RegionMembers key={regionId} accountId={accountId} owner={jobOwner(identity)} email={identity.email ?? ''} regionId={regionId} />
      )}
    </Stack>
  );
}
