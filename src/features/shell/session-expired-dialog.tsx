import { Button, Group, Modal, Stack, Text } from '@mantine/core';

import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';

import type { ApiError } from '@/api/errors';
import { authPaths, currentReturnTo } from '@/config/paths';

type Props = { error: ApiError; onDismiss: () => void };

/**
 * Asks to sign in again without touching the page below: filters, typed input and the URL stay, and the proxy
 * brings the browser back to this exact URL after the sign-in.
 */
export default function SessionExpiredDialog({ error, onDismiss }: Props) {
  // Composed by hand so the title sits in the body: Modal's own header is a <header>, which would add a second
  // banner landmark to the page (axe: landmark-no-duplicate-banner).
  return (
    <Modal.Root opened onClose={onDismiss} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Body pt="lg">
          <Stack gap="md">
            <Modal.Title fw={700} fz="lg">
              Your session expired
            </Modal.Title>
            <Text>Sign in again to continue. You will come back to this page as it is now.</Text>
            {error.traceToken && (
              <Text size="sm" c="dimmed">
                Trace token:{' '}
                <Text span ff="monospace" inherit>
                  {error.traceToken}
                </Text>
              </Text>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onDismiss}>
                Not now
              </Button>
              <Button data-autofocus onClick={() => window.location.assign(authPaths.login(currentReturnTo()))}>
                Sign in again
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
