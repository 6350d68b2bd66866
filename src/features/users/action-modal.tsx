import { CloseButton, Group, Modal } from '@mantine/core';
import { useLayoutEffect, type ReactNode } from 'react';

import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Modal.css';

type Props = { opened: boolean; onClose: () => void; title: string; size?: string; children: ReactNode };

/**
 * A dialog for one action. Composed by hand so the title sits in the body: Modal's own header is a <header>,
 * which axe counts as a second banner, and its close button has no name.
 */
export function ActionModal({ opened, onClose, title, size = 'md', children }: Props) {
  useFocusBackWhenGone(opened);
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

/**
 * Mantine gives the focus back to what opened a dialog when `opened` turns false; a dialog that is unmounted while
 * open (rendered only while needed) never sees that, and the focus would fall to the page's start. This gives it
 * back to the opener, if it is still there and nothing else took the focus.
 */
function useFocusBackWhenGone(opened: boolean): void {
  useLayoutEffect(() => {
    if (!opened) return;
    const opener = document.activeElement;
    return () => {
      window.setTimeout(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
      });
    };
  }, [opened]);
}
