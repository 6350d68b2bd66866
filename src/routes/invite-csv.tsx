import { Stack, Title } from '@mantine/core';

export function Component() {
  return (
    <Stack>
      <title>Invite from a CSV file · Rooms Admin</title>
      <Title order={1}>Invite from a CSV file</Title>
    </Stack>
  );
}
