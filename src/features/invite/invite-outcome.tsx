import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { isApiError } from '@/api/errors';
import type { User } from '@/api/users/schemas';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/config/paths';

/** Links inside a tinted alert take the alert's text colour (which meets contrast) and an underline. */
const LINK_STYLE = { color: 'inherit', textDecoration: 'underline' } as const;

/** The server said no: "already a member" is an answer, not a failure; anything else in the server's words. */
export function InviteFailure({ error, email, onEdit }: { error: unknown; email: string; onEdit: () => void }) {
  if (isApiError(error) && error.errorCode === 'USER_ALREADY_EXISTS') {
    return (
      <Alert color="yellow" title={`${email} is already a member`} role="alert">
        <Stack gap="xs">
          <Text size="sm">Nobody was invited: this address already belongs to someone in the company. {error.message}</Text>
          {error.traceToken && (
            <Text size="sm" c="dimmed">
              Trace token: <Text span ff="monospace" inherit>{error.traceToken}</Text>
            </Text>
          )}
          <Group gap="md">
            <Anchor component={Link} to={paths.users.href(new URLSearchParams({ q: email }))} fw={600} style={LINK_STYLE}>
              Find {email} in Users
            </Anchor>
            <Button variant="default" size="xs" onClick={onEdit}>
              Change the details
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <ErrorPanel error={error} action="invite this person" headingOrder={2} />
      <Group>
        <Button variant="default" onClick={onEdit}>
          Change the details
        </Button>
      </Group>
    </Stack>
  );
}

export function InviteSuccess({ user, onAnother }: { user: User; onAnother: () => void }) {
  const name = `${user.firstName} ${user.lastName}`.trim() || user.email;
  return (
    <Alert color="teal" title={`Invited ${name}`} role="status">
      <Stack gap="xs">
        <Text size="sm">
          An invitation went to {user.email}. They show as {user.status ?? 'Pending'} until they accept it.
        </Text>
        <Group gap="md">
          <Anchor component={Link} to={paths.user.href(user.userId)} fw={600} style={LINK_STYLE}>
            Open {name}
          </Anchor>
          <Button variant="default" size="xs" onClick={onAnother}>
            Invite someone else
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
