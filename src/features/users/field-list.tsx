import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import classes from '@/features/users/user-detail.module.css';

export type Field = { label: string; value: ReactNode };

/** Label/value pairs as a real description list, so screen readers announce each value with its label. */
export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" className={classes.fields}>
      {fields.map((field) => (
        <div key={field.label} className={classes.field}>
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {field.label}
          </Text>
          <Text component="dd" className={classes.value}>
            {field.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
