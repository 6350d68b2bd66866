/**
 * The seam for the activity log (PRODUCT.md, "Activity": what was done through Rooms Admin, by whom, when and
 * with what outcome). The proxy reports every state-changing call it forwarded; storing and serving them is
 * still to come, so the default log drops them.
 */
export interface ActivityEntry {
  at: string;
  /** Who: the signed-in identity. */
  actor: { sub: string; email: string; name: string };
  accountId: string;
  method: string;
  /** The concrete route below the account, e.g. `users/42/lock`, and its allow-list template. */
  path: string;
  template: string;
  /** The upstream's answer; 0 when none arrived. */
  status: number;
  traceToken?: string;
  requestId: string;
}

export interface ActivityLog {
  record(entry: ActivityEntry): void;
}

export const discardActivity: ActivityLog = { record: () => {} };
