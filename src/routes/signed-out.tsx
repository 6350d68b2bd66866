import { SignedOutScreen } from '@/features/shell/signed-out-screen';

export function Component() {
  return (
    <>
      <title>Signed out · Rooms Admin</title>
      <SignedOutScreen />
    </>
  );
}
