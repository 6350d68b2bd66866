import { CloseButton, Group, Modal } from '@mantine/core';
import type { ReactNode } from 'react';

import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Modal.css';

type Props = { opened: boolean; onClose: () => void; title: string; size?: string; children: ReactNode };

/**
 * A dialog for one action. Composed by hand so the title sits in the body: Modal's own header is a <header>,
 * which axe counts as a second banner, and its close button has no name.
 */
export function ActionModal({ opened, onClose, title, size = 'md', children }: Props) {
  return (
    <Modal.Root opened={opened} onClose={onClose} centered size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Body pt="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md">
            <Modal.Title fw={700} fz="lg">
              {title}
            </Modal.Title>
            <CloseButton aria-label="Close" onClick={onClose} />
          </Group>
          {children}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
