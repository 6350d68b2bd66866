import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { useId } from 'react';

import type { Verdict } from '@/api/permissions';

type Props = ButtonProps & { verdict: Verdict; onClick: () => void; children: string };

/**
 * A button the rules may refuse. A refused button stays on screen, disabled, with the reason as visible text
 * tied to it by aria-describedby, so keyboard and screen-reader users learn why too.
 */
export function ActionButton({ verdict, onClick, children, ...props }: Props) {
  const id = useId();
  return (
    <Stack gap={4} align="flex-start" maw={360}>
      <Button {...props} disabled={!verdict.allowed} onClick={onClick} aria-describedby={verdict.allowed ? undefined : id}>
        {children}
      </Button>
      {!verdict.allowed && (
        <Text id={id} size="sm" c="dimmed">
          {verdict.reason}
        </Text>
      )}
    </Stack>
  );
}
