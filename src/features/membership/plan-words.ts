import type { BulkInput } from '@/api/bulk-operations';
import type { MembershipStep } from '@/api/users/membership-steps';
import type { MemberPlan, PlannedMember } from '@/features/membership/reassignment-plan';

export type Names = { office(officeId: number): string; region(regionId: number): string };

/** One API call in plain words, e.g. "Make Boston Downtown the default office (was Cambridge)". */
export function stepInWords(step: MembershipStep, names: Names): string {
  switch (step.call) {
    case 'addToOffice':
      return `Add to office ${names.office(step.officeId)}`;
    case 'removeFromOffice':
      return `Remove from office ${names.office(step.officeId)}`;
    case 'setDefaultOffice': {
      const made = `Make ${names.office(step.officeId)} the default office (was ${names.office(step.previousOfficeId)})`;
      return step.addsRegionId === undefined ? made : `${made}; this also adds region ${names.region(step.addsRegionId)}`;
    }
    case 'addToRegion':
      return `Add to region ${names.region(step.regionId)}`;
    case 'removeFromRegion':
      return `Remove from region ${names.region(step.regionId)}${step.withDefaultOffice ? ' (added with the default office)' : ''}`;
  }
}

export const memberName = (member: Pick<PlannedMember, 'firstName' | 'lastName' | 'userId'>) =>
  [member.firstName, member.lastName].filter(Boolean).join(' ') || `User ${member.userId}`;

/** The rows of the bulk job that carries out a reviewed plan: only the members it can be done for. */
export function jobRows(plan: readonly MemberPlan[]): { key: string; input: BulkInput }[] {
  return plan.flatMap((entry) =>
    entry.status === 'ready'
      ? [
          {
            key: `user-${entry.member.userId}`,
            input: { label: `${memberName(entry.member)} <${(entry.member as { email?: string }).email ?? ''}>`, userId: entry.member.userId, steps: entry.steps },
          },
        ]
      : [],
  );
}

export function planCounts(plan: readonly MemberPlan[]) {
  const counts = { ready: 0, unchanged: 0, blocked: 0, calls: 0 };
  for (const entry of plan) {
    counts[entry.status] += 1;
    if (entry.status === 'ready') counts.calls += entry.steps.length;
  }
  return counts;
}
