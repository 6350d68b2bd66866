import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';

import type { Verdict } from '@/api/permissions';

type Props = ButtonProps & { verdict: Verdict; onClick: () => void; children: string };

/**
 * A button the rules may refuse. A refused button stays on screen, disabled, with the reason as visible text
 * tied to it by aria-describedby, so keyboard and screen-reader users learn why too.
 */
export function ActionButton({ verdict, onClick, children, ...props }: Props) {
  const id = useId();
  // A busy button is disabled, which takes the focus from it; a keyboard user gets it back when the call ends
  // (on the button in its place, e.g. Lock once Unlock is done), not at the top of the page.
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const busy = props.loading ?? false;
  useEffect(() => {
    if (busy || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [busy]);
  const click = () => {
    refocus.current = document.activeElement === button.current;
    onClick();
  };
  return (
    <Stack gap={4} align="flex-start" maw={360}>
      <Button {...props} ref={button} disabled={!verdict.allowed || props.disabled} onClick={click} aria-describedby={verdict.allowed ? undefined : id}>
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
