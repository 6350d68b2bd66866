import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from 'react';

import classes from '@/components/plain-checkbox.module.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  /** Visible label; without it, pass `aria-label`. */
  label?: ReactNode;
  /** Some but not all of what this box stands for is selected. */
  indeterminate?: boolean;
};

/**
 * The browser's own checkbox in the theme's colour. The list page uses it instead of Mantine's Checkbox, whose
 * code would cost the first load several kilobytes (bundle budget) for the same behaviour.
 */
export function PlainCheckbox({ label, indeterminate = false, className, ...props }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const input = <input ref={ref} type="checkbox" className={[classes.input, className].filter(Boolean).join(' ')} {...props} />;
  if (label === undefined) return input;
  return (
    <label className={classes.label}>
      {input}
      {label}
    </label>
  );
}
