import classes from '@/components/skip-link.module.css';

/** First focusable element of every page: keyboard users jump past the header and navigation. */
export function SkipLink({ targetId = 'main-content' }: { targetId?: string }) {
  return (
    <a className={classes.skipLink} href={`#${targetId}`}>
      Skip to main content
    </a>
  );
}
