import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { SkipLink } from '@/components/skip-link';
import { ThemeToggle } from '@/components/theme-toggle';

/** The frame of the screens outside the app shell (signed out, sign in, choose an account). */
export function AuthScreen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <div style={{ position: 'absolute', top: 12, right: 12 }}>
        <ThemeToggle />
      </div>
      <Center component="main" id="main-content" tabIndex={-1} mih="100dvh" p="md">
        <Paper withBorder shadow="sm" p="xl" radius="lg" maw={440} w="100%">
          <Stack gap="md">
            <Text fw={700} c="dimmed" size="sm">
              Rooms Admin
            </Text>
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </>
  );
}
