import type { QueryClient } from '@tanstack/react-query';
import { Anchor, Stack } from '@mantine/core';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import * as z from 'zod/mini';

import { ApiError } from '@/api/errors';
import { membershipQueries } from '@/api/membership-index-queries';
import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { ErrorPanel } from '@/components/error-panel';
import { ArrowLeftIcon } from '@/components/icons';
import { paths } from '@/config/paths';
import { OfficeMembers } from '@/features/membership/office-members';
import { activeAccountId, preload } from '@/routes/preload';

/** Rooms ids are int32. */
export const IdParam = z.pipe(z.string().check(z.regex(/^\d{1,10}$/)), z.pipe(z.transform(Number), z.number().check(z.int(), z.minimum(1), z.maximum(2_147_483_647))));

export const parseId = (raw: string | undefined) => {
  const result = IdParam.safeParse(raw);
  return result.success ? result.data : undefined;
};

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<null> => {
    const accountId = await activeAccountId(queryClient);
    const officeId = parseId(params.officeId);
    if (!accountId || officeId === undefined) return null;
    void preload(queryClient, officeQueries.list(accountId));
    void preload(queryClient, regionQueries.list(accountId));
    void preload(queryClient, membershipQueries.defaultMembers(accountId, officeId));
    return null;
  };

export function Component() {
  const { accountId, identity } = useSignedInSession();
  const params = useParams();
  const officeId = parseId(params.officeId);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.offices.href()} size="sm">
        <ArrowLeftIcon size={14} /> All offices
      </Anchor>
      {officeId === undefined ? (
        <ErrorPanel
          error={new ApiError({ status: 404, message: `"${params.officeId ?? ''}" is not an office id.` })}
          action="view this office"
          notFoundTitle="Office not found"
          headingOrder={1}
        />
      ) : (
        <OfficeMembers key={officeId} accountId={accountId} owner={jobOwner(identity)} email={identity.email ?? ''} officeId={officeId} />
      )}
    </Stack>
  );
}
