import { Box, Button } from '@mantine/core';
import { useClickOutside, useId } from '@mantine/hooks';
import { useRef, useState, type KeyboardEvent } from 'react';

import type { SessionAccount } from '@/api/session/schemas';
import { CheckIcon, SwitchIcon } from '@/components/icons';
import classes from '@/features/shell/account-menu.module.css';
import { useSwitchAccount } from '@/features/shell/use-session-actions';

type Props = { accounts: SessionAccount[]; currentAccountId: string };

/**
 * A menu button (WAI-ARIA pattern: arrows move, Enter chooses, Esc closes and returns focus). Hand-made because a
 * positioned dropdown library would cost more of the first-load budget than the whole header.
 * Only for identities with several accounts; the button's name stays "Switch account" at every width.
 */
export function AccountMenu({ accounts, currentAccountId }: Props) {
  const switchAccount = useSwitchAccount();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const rootRef = useClickOutside<HTMLDivElement>(() => setOpen(false));

  if (accounts.length < 2) return null;

  const focusItem = (index: number) => {
    const count = accounts.length;
    itemRefs.current[((index % count) + count) % count]?.focus();
  };
  const openAndFocus = (index: number) => {
    setOpen(true);
    // The items exist after this render; focus them on the next frame.
    requestAnimationFrame(() => focusItem(index));
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };
  const currentIndex = Math.max(
    0,
    accounts.findIndex((account) => account.accountId === currentAccountId),
  );

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = itemRefs.current.findIndex((item) => item === document.activeElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: accounts.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusItem(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div ref={rootRef} className={classes.root}>
      <Button
        ref={buttonRef}
        variant="default"
        aria-label="Switch account"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        leftSection={<SwitchIcon />}
        loading={switchAccount.isPending}
        px={{ base: 'xs', sm: 'md' }}
        onClick={() => (open ? setOpen(false) : openAndFocus(currentIndex))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openAndFocus(event.key === 'ArrowDown' ? 0 : accounts.length - 1);
          }
        }}
      >
        <Box component="span" visibleFrom="sm">
          Switch account
        </Box>
      </Button>
      {open && (
        <div id={menuId} role="menu" aria-label="Accounts" className={classes.dropdown} onKeyDown={onMenuKeyDown}>
          {accounts.map((account, index) => {
            const current = account.accountId === currentAccountId;
            return (
              <button
                key={account.accountId}
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-current={current ? 'true' : undefined}
                className={classes.item}
                onClick={() => {
                  close(true);
                  if (!current) switchAccount.mutate(account.accountId);
                }}
              >
                <span>{account.name}</span>
                {current && <CheckIcon size={16} />}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
