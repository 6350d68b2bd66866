import '@/features/invite/mantine-styles';
import { Alert, Button, Fieldset, Group, List, Paper, Skeleton, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import type { AccountSummary } from '@/api/accounts/schemas';
import { permissionLabel } from '@/api/classic-permissions';
import { isApiError } from '@/api/errors';
import { findMemberByEmail, inviteClassic, inviteUser } from '@/api/invites/requests';
import type { ClassicInvite, UserToInvite } from '@/api/invites/schemas';
import { userQueries } from '@/api/users/queries';
import { getUser } from '@/api/users/requests';
import type { User } from '@/api/users/schemas';
import { ErrorPanel } from '@/components/error-panel';
import { InviteFailure, InviteSuccess } from '@/features/invite/invite-outcome';
import { inviteQueries } from '@/features/invite/invite-queries';
import { describeV5, describeV6, withTitles } from '@/features/invite/review-text';
import { useInviteOptions } from '@/features/invite/use-invite-options';
import { useSessionDraft } from '@/components/use-session-draft';
import { useMutationOnce } from '@/components/use-mutation-once';
import { emptyV5Draft, V5Draft, validateV5 } from '@/features/invite/v5-draft';
import { V5Fields } from '@/features/invite/v5-fields';
import { emptyV6Draft, V6Draft, validateV6, type FieldErrors } from '@/features/invite/v6-draft';
import { V6Fields } from '@/features/invite/v6-fields';
import classes from '@/features/invite/invite.module.css';

type Props = { accountId: string; account: AccountSummary; email: string };

type Request = { version: 'v6'; body: UserToInvite } | { version: 'v5'; request: ClassicInvite };

/**
 * Sends the invite. When its reply is lost (no answer, 5xx, a 429 from something in front of the service), the
 * invite may still have gone through: the address is looked up before the error is shown, so a second press of
 * Send never meets "already a member" for the person just invited.
 */
async function send(accountId: string, request: Request): Promise<User> {
  try {
    return await (request.version === 'v6' ? inviteUser(accountId, request.body) : inviteClassic(accountId, request.request));
  } catch (error) {
    if (!isApiError(error) || !(error.isTransient || error.isRateLimited)) throw error;
    const email = request.version === 'v6' ? request.body.email : request.request.body.email;
    const member = await findMemberByEmail(accountId, email).catch(() => undefined);
    if (!member) throw error;
    return getUser(accountId, member.userId);
  }
}

/**
 * The single invite: details, a review in plain words, then the result. Branches on the company's Rooms version;
 * what is typed stays in this tab's sessionStorage until the invite is sent.
 */
export function InviteWizard({ accountId, account, email }: Props) {
  const version = account.companyVersion;
  const options = useInviteOptions(accountId, email, version);
  const titles = useQuery({ ...inviteQueries.classicTitles(accountId), enabled: version === 'v5' });
  const v6 = useSessionDraft('invite-v6', accountId, V6Draft, emptyV6Draft);
  const v5 = useSessionDraft('invite-v5', accountId, V5Draft, emptyV5Draft);
  const [step, setStep] = useState(0);
  // Side by side the two steps and their connector do not fit a phone's width.
  const narrow = useMediaQuery('(max-width: 36em)');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [request, setRequest] = useState<Request>();
  const queryClient = useQueryClient();
  const mutation = useMutationOnce({
    mutationFn: (toSend: Request) => send(accountId, toSend),
    onSuccess: () => {
      (version === 'v6' ? v6 : v5).reset();
      setStep(2);
      void queryClient.invalidateQueries({ queryKey: userQueries.lists() });
    },
  });

  if (options.error) return <ErrorPanel error={options.error} action="prepare the invite form" onRetry={options.retry} />;
  if (options.pending || !options.verdict) {
    return (
      <Stack aria-busy="true" aria-label="Loading the invite form">
        <Skeleton h={40} />
        <Skeleton h={320} />
      </Stack>
    );
  }

  const names = withTitles(options.names, titles.data);
  const review = () => {
    // A profile nobody changed is the preselected one shown in the field.
    const withProfile = <D extends { eSignPermissionProfileId?: string | null }>(draft: D): D => ({
      ...draft,
      eSignPermissionProfileId: draft.eSignPermissionProfileId ?? options.profileDefault,
    });
    const result = version === 'v6' ? validateV6(withProfile(v6.draft), options.grantable) : validateV5(withProfile(v5.draft), options.grantable);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    mutation.reset();
    setRequest('body' in result ? { version: 'v6', body: result.body } : { version: 'v5', request: result.request });
    setStep(1);
  };
  const edit = () => {
    mutation.reset();
    setStep(0);
  };
  // A field's error goes as soon as the field is changed; a new kind of v5 user has other fields, so all go.
  const changing =
    <P extends object>(update: (patch: P) => void) =>
    (patch: P) => {
      update(patch);
      setErrors((current) => ('type' in patch ? {} : Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch)))));
    };
  const summary = request ? (request.version === 'v6' ? describeV6(request.body, names) : describeV5(request.request, names, permissionLabel)) : [];
  const invitedEmail = request ? (request.version === 'v6' ? request.body.email : request.request.body.email) : '';
  const errorCount = Object.keys(errors).length;

  return (
    <Stack gap="lg">
      {!options.verdict.allowed && (
        <Alert color="yellow" title="You cannot invite people to this company" role="note">
          {options.verdict.reason}
        </Alert>
      )}
      <Stepper active={step} size="sm" orientation={narrow ? 'vertical' : 'horizontal'} allowNextStepsSelect={false} onStepClick={(index) => index === 0 && step === 1 && edit()}>
        <Stepper.Step label="Details" description={version === 'v6' ? 'Role, access and offices' : 'Kind of user and fields'}>
          <Paper withBorder p="lg" component="form" noValidate onSubmit={(event) => (event.preventDefault(), review())}>
            <Fieldset variant="unstyled" disabled={!options.verdict.allowed} legend={<Title order={2} size="h4">Who to invite</Title>}>
              <Stack gap="md">
                {(version === 'v6' ? v6.restored : v5.restored) && (
                  <Text size="sm" c="dimmed">
                    What you typed earlier in this tab is back.
                  </Text>
                )}
                {version === 'v6' ? (
                  <V6Fields draft={v6.draft} onChange={changing(v6.update)} errors={errors} options={options} />
                ) : (
                  <V5Fields draft={v5.draft} onChange={changing(v5.update)} errors={errors} options={options} titles={titles.data ?? []} />
                )}
                {errorCount > 0 && (
                  <Text className={classes.error} size="sm" role="alert">
                    {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention before you can review the invite.
                  </Text>
                )}
                <Group justify="flex-end">
                  <Button type="submit">Review</Button>
                </Group>
              </Stack>
            </Fieldset>
          </Paper>
        </Stepper.Step>
        <Stepper.Step label="Review" description="Check, then send">
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h4">
                Review the invite
              </Title>
              <List spacing="xs" aria-label="The invite">
                {summary.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
              {mutation.isError && <InviteFailure error={mutation.error} email={invitedEmail} onEdit={edit} />}
              <Group justify="space-between">
                <Button variant="default" onClick={edit} disabled={mutation.isPending}>
                  Back to details
                </Button>
                <Button onClick={() => request && mutation.mutate(request)} loading={mutation.isPending} disabled={!options.verdict.allowed}>
                  Send invite
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stepper.Step>
        <Stepper.Completed>
          {mutation.data && (
            <InviteSuccess
              user={mutation.data}
              onAnother={() => {
                mutation.reset();
                setRequest(undefined);
                setStep(0);
              }}
            />
          )}
        </Stepper.Completed>
      </Stepper>
    </Stack>
  );
}
