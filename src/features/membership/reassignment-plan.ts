import {
  canAddToOffice,
  canAddToRegion,
  canChangeDefaultOffice,
  canRemoveFromOffice,
  canRemoveFromRegion,
  type Actor,
  type Geography,
  type Member,
  type Verdict,
} from '@/api/permissions';
import { applyStep, type MembershipStep } from '@/api/users/membership-steps';

/** One API call of a plan. */
export type PlanStep = MembershipStep;

export type Target = { kind: 'office'; officeId: number } | { kind: 'region'; regionId: number };

export type PlanRequest = {
  target: Target;
  /** Move: join the target, make it the default where needed, leave the source. Add: join the target only. */
  mode: 'move' | 'add';
  /** The office or region being left; for a move to an office it defaults to each member's default office. */
  source?: Target;
  /** For a move between regions of members whose default office is in the source region: their new default. */
  defaultOfficeInTarget?: number;
};

export type MemberPlan =
  | {
      member: PlannedMember;
      status: 'ready';
      steps: PlanStep[];
      /** Why the administrator could not take these steps back (e.g. leaving an office they do not oversee). */
      undoBlocked?: string;
    }
  | { member: PlannedMember; status: 'unchanged'; reason: string }
  | { member: PlannedMember; status: 'blocked'; reason: string };

/** A member with the memberships from their detail record. */
export type PlannedMember = Member & { userId: number; defaultOfficeId: number; offices: readonly number[]; regions: readonly number[] };

const apply = (member: PlannedMember, step: PlanStep): PlannedMember => applyStep(member, step);

/**
 * A step with what the service does along with it: changing a Region member's default office also adds them to
 * that office's region (REFERENCE.md, DECISIONS.md), which the plan shows and an undo takes back.
 */
function withServiceEffects(geography: Geography, member: PlannedMember, step: PlanStep): PlanStep {
  if (step.call !== 'setDefaultOffice' || member.accessLevel !== 'Region') return step;
  const { addsRegionId: _earlier, ...plain } = step;
  const regionId = geography.regionOfOffice(step.officeId);
  return regionId === undefined || member.regions.includes(regionId) ? plain : { ...plain, addsRegionId: regionId };
}

/** Checks each step against the member as the steps before it leave them; the steps with their side effects. */
function checked(actor: Actor, geography: Geography, member: PlannedMember, steps: readonly PlanStep[]): MemberPlan {
  let state = member;
  const out: PlanStep[] = [];
  for (const planned of steps) {
    const step = withServiceEffects(geography, state, planned);
    if (step.call === 'removeFromRegion' && step.withDefaultOffice && geography.regionOfOffice(state.defaultOfficeId) === step.regionId) {
      // The default office given back is in that region: the service keeps them in it, as before the change.
      continue;
    }
    const verdict = check(actor, geography, state, step);
    if (!verdict.allowed) return { member, status: 'blocked', reason: verdict.reason };
    out.push(step);
    state = apply(state, step);
  }
  return { member, status: 'ready', steps: out };
}

function check(actor: Actor, geography: Geography, member: PlannedMember, step: PlanStep): Verdict {
  switch (step.call) {
    case 'addToOffice':
      return canAddToOffice(actor, geography, member, step.officeId);
    case 'removeFromOffice':
      return canRemoveFromOffice(actor, geography, member, step.officeId);
    case 'setDefaultOffice':
      return canChangeDefaultOffice(actor, geography, member, step.officeId);
    case 'addToRegion':
      return canAddToRegion(actor, geography, member, step.regionId);
    case 'removeFromRegion':
      return canRemoveFromRegion(actor, geography, member, step.regionId);
  }
}

function officeSteps(member: PlannedMember, officeId: number, request: PlanRequest): PlanStep[] | string {
  const inOffices = member.accessLevel === 'Office' || member.accessLevel === 'Contributor';
  const isMember = member.defaultOfficeId === officeId || member.offices.includes(officeId);
  const source = request.source?.kind === 'office' ? request.source.officeId : member.defaultOfficeId;
  const steps: PlanStep[] = [];
  if (inOffices && !isMember) steps.push({ call: 'addToOffice', officeId });
  if (!inOffices && request.mode === 'add') {
    return member.accessLevel === 'Region'
      ? 'Region members belong to regions, not offices: add them to the office’s region, or move them to make it their default office.'
      : `${member.accessLevel} members belong to no office or region; a move can only make it their default office.`;
  }
  if (request.mode === 'move' && source !== officeId) {
    if (member.defaultOfficeId === source) steps.push({ call: 'setDefaultOffice', officeId, previousOfficeId: source });
    if (inOffices && (member.offices.includes(source) || member.defaultOfficeId === source)) steps.push({ call: 'removeFromOffice', officeId: source });
  }
  return steps;
}

function regionSteps(member: PlannedMember, regionId: number, request: PlanRequest, geography: Geography): PlanStep[] | string {
  if (member.accessLevel === 'Company') return 'Company members belong to no office or region: they oversee the whole company.';
  if (member.accessLevel !== 'Region') {
    return `${member.accessLevel} members belong to offices, not regions: to bring them into this region, choose one of its offices as the target.`;
  }
  const steps: PlanStep[] = [];
  if (!member.regions.includes(regionId)) steps.push({ call: 'addToRegion', regionId });
  const source = request.source?.kind === 'region' ? request.source.regionId : undefined;
  if (request.mode === 'move' && source !== undefined && source !== regionId && member.regions.includes(source)) {
    if (geography.regionOfOffice(member.defaultOfficeId) === source) {
      const next = request.defaultOfficeInTarget;
      if (next === undefined || geography.regionOfOffice(next) !== regionId) {
        return 'Their default office is in the region being left; choose a default office in the target region.';
      }
      steps.push({ call: 'setDefaultOffice', officeId: next, previousOfficeId: member.defaultOfficeId });
    }
    steps.push({ call: 'removeFromRegion', regionId: source });
  }
  return steps;
}

/**
 * The calls that carry out a reassignment for each member, in an order that never leaves anyone without an office
 * (join first, then switch the default, then leave), or why it cannot be done for that member.
 */
export function planReassignment(actor: Actor, geography: Geography, members: readonly PlannedMember[], request: PlanRequest): MemberPlan[] {
  return members.map((member) => {
    const steps =
      request.target.kind === 'office'
        ? officeSteps(member, request.target.officeId, request)
        : regionSteps(member, request.target.regionId, request, geography);
    if (typeof steps === 'string') return { member, status: 'blocked', reason: steps };
    if (steps.length === 0) return { member, status: 'unchanged', reason: 'Already there; nothing to change.' };
    const plan = checked(actor, geography, member, steps);
    if (plan.status !== 'ready') return plan;
    // Said before anything is sent: a change this administrator could not undo (the service lets a manager take
    // someone out of an office beyond their reach, but not put them back).
    const undo = checked(actor, geography, applySteps(member, plan.steps), undoSteps(plan.steps));
    return undo.status === 'blocked' ? { ...plan, undoBlocked: undo.reason } : plan;
  });
}

const inverse = (step: PlanStep): PlanStep[] => {
  switch (step.call) {
    case 'addToOffice':
      return [{ call: 'removeFromOffice', officeId: step.officeId }];
    case 'removeFromOffice':
      return [{ call: 'addToOffice', officeId: step.officeId }];
    case 'setDefaultOffice': {
      const back: PlanStep = { call: 'setDefaultOffice', officeId: step.previousOfficeId, previousOfficeId: step.officeId };
      // The region the service added along with the default office is left once the old default is back.
      return step.addsRegionId === undefined ? [back] : [back, { call: 'removeFromRegion', regionId: step.addsRegionId, withDefaultOffice: true }];
    }
    case 'addToRegion':
      return [{ call: 'removeFromRegion', regionId: step.regionId }];
    case 'removeFromRegion':
      return [{ call: 'addToRegion', regionId: step.regionId }];
  }
};

/** Undo takes back exactly the steps that took effect, newest first, so a partly failed move undoes cleanly. */
export function undoSteps(done: readonly PlanStep[]): PlanStep[] {
  return [...done].reverse().flatMap(inverse);
}

/** The undo of an applied plan, reviewed like any plan: each member as they are now, and the steps that took effect. */
export function planUndo(
  actor: Actor,
  geography: Geography,
  applied: readonly { member: PlannedMember; done: readonly PlanStep[] }[],
): MemberPlan[] {
  return applied.map(({ member, done }) => {
    const steps = undoSteps(done);
    if (steps.length === 0) return { member, status: 'unchanged', reason: 'Nothing took effect, so there is nothing to undo.' };
    return checked(actor, geography, member, steps);
  });
}

/** What a member's memberships become once the steps have run; the membership index applies it after a job. */
export const applySteps = (member: PlannedMember, steps: readonly PlanStep[]) => steps.reduce(apply, member);
