import { Button, Stack, Text } from '@mantine/core';
import { useId, useRef, useState, type DragEvent } from 'react';

import classes from '@/features/invite/csv-drop-zone.module.css';

type Props = { onFile: (file: File) => void; busy?: boolean };

/** Pick a file or drop one here: a plain file input (keyboard and screen readers) inside a drop target. */
export function CsvDropZone({ onFile, busy = false }: Props) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={classes.zone}
      data-over={over || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Stack gap="xs" align="center">
        <input
          ref={input}
          id={inputId}
          className={classes.input}
          type="file"
          accept=".csv,.txt,text/csv"
          aria-label="CSV file to upload"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
            event.currentTarget.value = '';
          }}
        />
        <Button component="label" htmlFor={inputId} loading={busy} tabIndex={-1}>
          Choose a CSV file
        </Button>
        <Text size="sm" c="dimmed">
          or drop it here. UTF-8 CSV with a header line; commas, semicolons or tabs.
        </Text>
      </Stack>
    </div>
  );
}
