import {
  addUserToOffice,
  addUserToRegion,
  getUser,
  removeUserFromOffice,
  removeUserFromRegion,
  updateDefaultOffice,
} from '@/api/users/requests';

/** One membership call: add_to_office, PUT users/{id} (default office), remove_from_office, and the region pair. */
export type MembershipStep =
  | { call: 'addToOffice'; officeId: number }
  | { call: 'removeFromOffice'; officeId: number }
  | {
      call: 'setDefaultOffice';
      officeId: number;
      previousOfficeId: number;
      /** For a Region member the service also adds the new default office's region (when not in it yet). */
      addsRegionId?: number;
    }
  | { call: 'addToRegion'; regionId: number }
  /** `withDefaultOffice`: takes back a region the service added along with a default office. */
  | { call: 'removeFromRegion'; regionId: number; withDefaultOffice?: boolean };

/** The part of a user that membership steps change. */
export type Memberships = { defaultOfficeId?: number; offices: readonly number[]; regions: readonly number[] };

/** Whether the user already is as the step would leave them, so a retried row does not repeat a done call. */
export function stepSatisfied(user: Memberships, step: MembershipStep): boolean {
  switch (step.call) {
    case 'addToOffice':
      return user.offices.includes(step.officeId) || user.defaultOfficeId === step.officeId;
    case 'removeFromOffice':
      return !user.offices.includes(step.officeId) && user.defaultOfficeId !== step.officeId;
    case 'setDefaultOffice':
      return user.defaultOfficeId === step.officeId;
    case 'addToRegion':
      return user.regions.includes(step.regionId);
    case 'removeFromRegion':
      return !user.regions.includes(step.regionId);
  }
}

function send(accountId: string, userId: number, step: MembershipStep, signal: AbortSignal): Promise<unknown> {
  switch (step.call) {
    case 'addToOffice':
      return addUserToOffice(accountId, userId, step.officeId, signal);
    case 'removeFromOffice':
      return removeUserFromOffice(accountId, userId, step.officeId, signal);
    case 'setDefaultOffice':
      return updateDefaultOffice(accountId, userId, step.officeId, signal);
    case 'addToRegion':
      return addUserToRegion(accountId, userId, step.regionId, signal);
    case 'removeFromRegion':
      return removeUserFromRegion(accountId, userId, step.regionId, signal);
  }
}

/** Thrown when a step fails; `partialResult` lists the steps this attempt carried out, for an exact undo. */
export class StepsFailed extends Error {
  constructor(
    readonly failure: unknown,
    readonly partialResult: MembershipStep[],
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
  get status() {
    return (this.failure as { status?: number }).status;
  }
  get errorCode() {
    return (this.failure as { errorCode?: string }).errorCode;
  }
  get traceToken() {
    return (this.failure as { traceToken?: string }).traceToken;
  }
  get retryAfter() {
    return (this.failure as { retryAfter?: number }).retryAfter;
  }
}

/** How far earlier attempts of the same row got: what they recorded, and whether one of them lost its reply. */
export type EarlierAttempts = { recorded?: readonly MembershipStep[]; afterUnclearReply?: boolean };

const sameStep = (a: MembershipStep, b: MembershipStep) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Runs one user's steps in order, reading the user first so steps already in effect are not sent again.
 * Resolves with the steps that this run carried out. A step was planned because it was not in effect; after an
 * earlier attempt whose reply was lost, finding it in effect means that attempt carried it out, so it is counted
 * as done here (unless already recorded) and an undo takes it back.
 */
export async function runMembershipSteps(
  accountId: string,
  userId: number,
  steps: readonly MembershipStep[],
  signal: AbortSignal,
  { recorded = [], afterUnclearReply = false }: EarlierAttempts = {},
) {
  const user = await getUser(accountId, userId, signal);
  const done: MembershipStep[] = [];
  const unmatched = [...recorded];
  let state: Memberships = user;
  for (const step of steps) {
    if (stepSatisfied(state, step)) {
      const position = unmatched.findIndex((earlier) => sameStep(earlier, step));
      if (position >= 0) unmatched.splice(position, 1);
      else if (afterUnclearReply) done.push(step);
      continue;
    }
    try {
      await send(accountId, userId, step, signal);
    } catch (error) {
      throw new StepsFailed(error, done);
    }
    done.push(step);
    state = applyStep(state, step);
  }
  return done;
}

/** The memberships after one step; applying a step twice changes nothing more. */
export function applyStep<T extends Memberships>(user: T, step: MembershipStep): T {
  switch (step.call) {
    case 'addToOffice':
      return user.offices.includes(step.officeId) ? user : { ...user, offices: [...user.offices, step.officeId] };
    case 'removeFromOffice':
      return { ...user, offices: user.offices.filter((id) => id !== step.officeId) };
    case 'setDefaultOffice': {
      const regions = step.addsRegionId === undefined || user.regions.includes(step.addsRegionId) ? user.regions : [...user.regions, step.addsRegionId];
      return { ...user, defaultOfficeId: step.officeId, regions };
    }
    case 'addToRegion':
      return user.regions.includes(step.regionId) ? user : { ...user, regions: [...user.regions, step.regionId] };
    case 'removeFromRegion':
      return { ...user, regions: user.regions.filter((id) => id !== step.regionId) };
  }
}
