import { Button, Text } from '@mantine/core';
import { useLocation } from 'react-router';

import { authPaths } from '@/config/paths';
import { AuthScreen } from '@/features/shell/auth-screen';

/**
 * Shown on any page while nobody is signed in. Signing in is a full navigation to the proxy, which comes back to
 * the same path and search, so a shared link to a filtered list still lands on that list.
 */
export function SignInScreen() {
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}${location.hash}`;
  return (
    <AuthScreen title="Sign in to Rooms Admin">
      <Text>Manage the users of your DocuSign Rooms company: sign in with your DocuSign account to continue.</Text>
      <Button component="a" href={authPaths.login(returnTo)} size="md">
        Sign in
      </Button>
    </AuthScreen>
  );
}
