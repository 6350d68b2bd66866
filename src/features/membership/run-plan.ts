import type { BulkSpec } from '@/api/bulk-operations';
import { bulkJobStoreFor } from '@/components/bulk-job/bulk-job-store-loader';
import { jobRows } from '@/features/membership/plan-words';
import type { MemberPlan } from '@/features/membership/reassignment-plan';

type MembershipSpec = Extract<BulkSpec, { kind: 'membership' }>;

/**
 * Sends a reviewed plan as a bulk job (rows of steps) and answers with the job's id, to go and watch it. `about`
 * names what it does (a move, an add, or the undo of a job), for its title.
 */
export async function runPlan(owner: string, accountId: string, plan: readonly MemberPlan[], about: Omit<MembershipSpec, 'kind'>): Promise<string> {
  const store = await bulkJobStoreFor(owner);
  const record = await store.create(accountId, { kind: 'membership', ...about }, jobRows(plan));
  // The job runs on in the background (and after a reload); the caller goes to its page.
  void store.start(record.id);
  return record.id;
}
