import { Button, Stack, Text } from '@mantine/core';

import type { SessionAccount } from '@/api/session/schemas';
import { AuthScreen } from '@/features/shell/auth-screen';
import { useSwitchAccount } from '@/features/shell/use-session-actions';

/** When the identity has several accounts and none is chosen yet. */
export function ChooseAccountScreen({ accounts }: { accounts: SessionAccount[] }) {
  const switchAccount = useSwitchAccount();
  return (
    <AuthScreen title="Choose an account">
      <Text>Your DocuSign identity belongs to several accounts. Which company do you want to administer?</Text>
      <Stack gap="xs">
        {accounts.map((account) => (
          <Button
            key={account.accountId}
            variant="default"
            justify="flex-start"
            loading={switchAccount.isPending && switchAccount.variables === account.accountId}
            onClick={() => switchAccount.mutate(account.accountId)}
          >
            {account.name}
          </Button>
        ))}
      </Stack>
      {accounts.length === 0 && <Text c="dimmed">This identity has no DocuSign account to administer.</Text>}
    </AuthScreen>
  );
}
