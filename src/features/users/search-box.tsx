import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useLocation, useNavigation } from 'react-router';

type Props = { value: string; onSearch: (text: string) => void };

/**
 * The name/email search. It waits 300 ms after the last key before changing the URL (one request per pause,
 * not per key); Enter searches at once. The URL wins when it changes from outside (Back, Clear filters).
 *
 * A search still pending when the user leaves the list (a user opened mid-typing) is dropped, both while the
 * next page loads and when the list goes away: applying it then would navigate back to the list and swallow
 * the click.
 */
export function SearchBox({ value, onSearch }: Props) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setText(value);
  }
  const debounced = useDebouncedCallback((next: string) => onSearch(next.trim()), { delay: 300 });

  const { pathname } = useLocation();
  const navigation = useNavigation();
  const leaving = navigation.location !== undefined && navigation.location.pathname !== pathname;
  useEffect(() => {
    if (leaving) debounced.cancel();
  }, [leaving, debounced]);

  return (
    <TextInput
      type="search"
      label="Search users"
      description="First name, last name or email starts with"
      placeholder="e.g. maria"
      value={text}
      autoComplete="off"
      spellCheck={false}
      maxLength={100}
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') debounced.flush();
      }}
      w={{ base: '100%', sm: 260 }}
    />
  );
}
