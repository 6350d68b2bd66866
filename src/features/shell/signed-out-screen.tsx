import { Alert, Button, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';

import { authPaths, paths } from '@/config/paths';
import { AuthScreen } from '@/features/shell/auth-screen';

/** After sign-out, and where the proxy sends a sign-in that failed (`?error=<reason>`). */
export function SignedOutScreen() {
  const [searchParams] = useSearchParams();
  // The proxy writes this reason; it is shown as text only, never as markup.
  const reason = searchParams.get('error')?.slice(0, 300);
  return (
    <AuthScreen title="You have signed out">
      {reason ? (
        <Alert color="red" variant="light" title="Sign-in did not finish">
          {reason}
        </Alert>
      ) : (
        <Text>Your session has ended on this device. Sign in again to keep working.</Text>
      )}
      <Button component="a" href={authPaths.login(paths.users.href())} size="md">
        Sign in
      </Button>
    </AuthScreen>
  );
}
