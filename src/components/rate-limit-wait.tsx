import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';

/** "40 s", "3 min", "1 h 5 min". */
export const duration = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${Math.max(1, seconds)} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
};

/** While the rate limit holds work back, says so and counts down, so a pause in progress is not a mystery. */
export function RateLimitWait({ until, goesOn = 'sending goes on' }: { until: number; goesOn?: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (until <= now) return null;
  return (
    <Text size="sm" c="dimmed">
      Waiting for the account&apos;s API rate limit; {goesOn} in about {duration(until - now)}.
    </Text>
  );
}
