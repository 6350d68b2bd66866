import { Anchor, Button, Group, Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { isApiError, type ApiError } from '@/api/errors';

type Props = {
  error: unknown;
  /** What the user was trying to do, in words that finish "You don't have permission to …", e.g. "view users". */
  action: string;
  onRetry?: () => void;
  /** Where "not found" sends the user back to. */
  back?: { to: string; label: string };
  headingOrder?: TitleOrder;
  /** Heading for "not found", e.g. "User not found". */
  notFoundTitle?: string;
  /** What "not found" can mean here, e.g. that Rooms hides what the caller may not see. */
  notFoundHint?: string;
};

type Copy = { title: string; hint?: string; retry: boolean };

function copyFor(error: ApiError | undefined, action: string, notFoundTitle: string, notFoundHint?: string): Copy {
  switch (error?.kind) {
    case 'permission-denied':
      return { title: `You don't have permission to ${action}`, hint: 'Ask a company administrator if you need this.', retry: false };
    case 'session-expired':
      return { title: 'Your session expired', hint: 'Sign in again to continue; this page keeps what you entered.', retry: false };
    case 'not-found':
      return { title: notFoundTitle, hint: notFoundHint, retry: false };
    case 'rate-limited':
      return { title: 'Too many requests right now', hint: 'The account has used up its API budget for the moment.', retry: true };
    case 'network':
      return { title: "Can't reach the server", retry: true };
    case 'malformed':
      return { title: 'The server sent a reply the app could not read', retry: true };
    case 'request':
      // The service said no for a reason in its message; sending the same again gets the same answer.
      return { title: `Could not ${action}`, retry: false };
    default:
      return { title: `Could not ${action}`, retry: true };
  }
}

/**
 * What went wrong, in the server's words, with the trace token a user can quote to support (PRODUCT.md: honest
 * errors). It never signs anyone out: that is the session-expired dialog's job.
 */
export function ErrorPanel({ error, action, onRetry, back, headingOrder = 2, notFoundTitle = 'Not found', notFoundHint }: Props) {
  const apiError = isApiError(error) ? error : undefined;
  const copy = copyFor(apiError, action, notFoundTitle, notFoundHint);
  const message = error instanceof Error ? error.message : 'Unexpected error.';
  const details: ReactNode[] = [];
  if (apiError?.retryAfter !== undefined) details.push(`Try again in ${Math.ceil(apiError.retryAfter)} s.`);
  if (apiError?.status) details.push(`HTTP ${apiError.status}${apiError.errorCode ? ` · ${apiError.errorCode}` : ''}`);

  return (
    <Paper withBorder p="lg" role="alert" aria-live="assertive">
      <Stack gap="xs">
        <Title order={headingOrder} size="h3">
          {copy.title}
        </Title>
        <Text>{message}</Text>
        {copy.hint && <Text c="dimmed">{copy.hint}</Text>}
        {details.length > 0 && (
          <Text size="sm" c="dimmed">
            {details.join(' · ')}
          </Text>
        )}
        {apiError?.traceToken && (
          <Text size="sm" c="dimmed">
            Trace token: <Text span ff="monospace" inherit>{apiError.traceToken}</Text>
          </Text>
        )}
        {apiError?.referenceId && apiError.referenceId !== apiError.traceToken && (
          <Text size="sm" c="dimmed">
            Reference: <Text span ff="monospace" inherit>{apiError.referenceId}</Text>
          </Text>
        )}
        {(onRetry && copy.retry) || back ? (
          <Group gap="sm" mt="xs">
            {onRetry && copy.retry && <Button onClick={onRetry}>Try again</Button>}
            {back && (
              <Anchor component={Link} to={back.to}>
                {back.label}
              </Anchor>
            )}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
