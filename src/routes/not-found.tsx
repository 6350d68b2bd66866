import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { paths } from '@/config/paths';

export function Component() {
  const location = useLocation();
  return (
    <Stack gap="sm">
      <title>Page not found · Rooms Admin</title>
      <Title order={1}>Page not found</Title>
      <Text>
        There is no page at <code>{location.pathname}</code>.
      </Text>
      <Anchor component={Link} to={paths.users.href()}>
        Go to users
      </Anchor>
    </Stack>
  );
}
