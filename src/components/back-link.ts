/** A page other than the list that opens a user (an office's or region's members) names itself for the way back. */
export type BackLink = { to: string; label: string };

export function backLinkFromState(state: unknown): BackLink | undefined {
  if (typeof state !== 'object' || state === null || !('back' in state)) return undefined;
  const back = (state as { back: unknown }).back;
  if (typeof back !== 'object' || back === null) return undefined;
  const { to, label } = back as { to?: unknown; label?: unknown };
  return typeof to === 'string' && /^\/(?!\/)/.test(to) && typeof label === 'string' ? { to, label } : undefined;
}
