import type { BulkOperation } from '@/api/bulk-runner';
import { findMemberByEmail, inviteClassic, inviteUser } from '@/api/invites/requests';
import type { ClassicInvite, UserToInvite } from '@/api/invites/schemas';
import { runMembershipSteps, type MembershipStep } from '@/api/users/membership-steps';
import {
  addUserToOffice,
  addUserToRegion,
  lockUser,
  reinviteUser,
  removeUser,
  removeUserFromOffice,
  removeUserFromRegion,
  unlockUser,
  updateDefaultOffice,
} from '@/api/users/requests';

/** One row of a bulk job; plain JSON so a job can be saved and resumed after a reload. */
export type BulkInput = {
  /** What the row is called on screen and in the results file, e.g. "Maria Garcia <maria.garcia@…>". */
  label: string;
  userId?: number;
  /** A v6 invite (invite_user), or a v5 one for the classic endpoint of its kind. */
  invite?: UserToInvite;
  classic?: ClassicInvite;
  steps?: MembershipStep[];
  /** For rows from an uploaded file: the line and the cells as uploaded. */
  line?: number;
  cells?: string[];
  /** A row of the file that is kept for the results but never sent. */
  notSent?: 'invalid' | 'duplicate' | 'member';
};

/** What a job does; with the account it is everything needed to rebuild the operation after a reload. */
export type BulkSpec =
  | { kind: 'lock'; reason: string }
  | { kind: 'unlock' | 'reinvite' | 'remove' | 'invite' }
  | {
      kind: 'membership';
      /** What the reassignment does, for its title: "Move 12 users to New Haven". Absent in jobs saved before it. */
      action?: { mode: 'move' | 'add'; place: string };
      /** The reassignment job this one undoes, and that job's title. */
      undoes?: { jobId: string; title: string };
    }
  | { kind: 'addToOffice' | 'removeFromOffice' | 'setDefaultOffice'; officeId: number; officeName: string }
  | { kind: 'addToRegion' | 'removeFromRegion'; regionId: number; regionName: string };

export type BulkKind = BulkSpec['kind'];

type Operation = BulkOperation<BulkInput, unknown>;

const userIdOf = (input: BulkInput) => {
  if (input.userId === undefined) throw new Error(`Row "${input.label}" has no user id.`);
  return input.userId;
};

/** A call that changes nothing when repeated: an unclear reply is simply retried. */
const repeatable = (execute: (accountId: string, userId: number, signal: AbortSignal) => Promise<unknown>) => (accountId: string): Operation => ({
  idempotent: true,
  execute: (input, signal) => execute(accountId, userIdOf(input), signal),
});

/** "Already there" refusals of membership calls mean the outcome asked for already holds: nothing to do. */
/**
 * "Already in" / "not in" the place: nothing to do, unless an earlier attempt of this very row lost its reply,
 * in which case that attempt is what put the user there (or took them out) and the row is done.
 */
const alreadyDone: Operation['classify'] = (failure, _input, { afterUnclearReply }) => {
  if (!/ALREADY_IN|NOT_IN_(OFFICE|REGION)/.test(failure.errorCode ?? '')) return undefined;
  return afterUnclearReply
    ? { status: 'succeeded', message: 'Done (confirmed after an unclear reply).' }
    : { status: 'skipped', message: failure.message };
};

/** The operation each job kind runs, for the account it was started in. */
export function bulkOperation(accountId: string, spec: BulkSpec): Operation {
  switch (spec.kind) {
    case 'lock':
      return { idempotent: true, execute: (input, signal) => lockUser(accountId, userIdOf(input), spec.reason, signal) };
    case 'unlock':
      return repeatable(unlockUser)(accountId);
    case 'reinvite':
      // A second invitation email is harmless; an unclear reply is retried rather than left unknown.
      return repeatable(reinviteUser)(accountId);
    case 'remove':
      return {
        idempotent: true,
        execute: (input, signal) => removeUser(accountId, userIdOf(input), signal),
        // A retry after a lost reply finds the user gone: what was asked for holds.
        classify: (failure, _input, { afterUnclearReply }) =>
          afterUnclearReply && failure.status === 404 ? { status: 'succeeded', message: 'Removed (confirmed after an unclear reply).' } : undefined,
      };
    case 'setDefaultOffice':
      return { idempotent: true, execute: (input, signal) => updateDefaultOffice(accountId, userIdOf(input), spec.officeId, signal) };
    case 'addToOffice':
      return { idempotent: true, execute: (input, signal) => addUserToOffice(accountId, userIdOf(input), spec.officeId, signal), classify: alreadyDone };
    case 'removeFromOffice':
      return {
        idempotent: true,
        execute: (input, signal) => removeUserFromOffice(accountId, userIdOf(input), spec.officeId, signal),
        classify: alreadyDone,
      };
    case 'addToRegion':
      return { idempotent: true, execute: (input, signal) => addUserToRegion(accountId, userIdOf(input), spec.regionId, signal), classify: alreadyDone };
    case 'removeFromRegion':
      return {
        idempotent: true,
        execute: (input, signal) => removeUserFromRegion(accountId, userIdOf(input), spec.regionId, signal),
        classify: alreadyDone,
      };
    case 'membership':
      return {
        // Each attempt reads the user first and sends only the steps not yet in effect.
        idempotent: true,
        execute: async (input, signal, previous, context) => {
          const earlier = (previous as MembershipStep[] | undefined) ?? [];
          try {
            const done = await runMembershipSteps(accountId, userIdOf(input), input.steps ?? [], signal, {
              recorded: earlier,
              afterUnclearReply: context?.afterUnclearReply,
            });
            return [...earlier, ...done];
          } catch (error) {
            const done = (error as { partialResult?: MembershipStep[] }).partialResult ?? [];
            throw Object.assign(error as object, { partialResult: [...earlier, ...done] });
          }
        },
      };
    case 'invite':
      return {
        idempotent: false,
        execute: async (input, signal) => {
          if (input.invite) return (await inviteUser(accountId, input.invite, signal)).userId;
          if (input.classic) return (await inviteClassic(accountId, input.classic, signal)).userId;
          throw new Error(`Row "${input.label}" has nothing to invite.`);
        },
        verify: async (input, signal) => {
          const email = input.invite?.email ?? input.classic?.body.email;
          const member = email ? await findMemberByEmail(accountId, email, signal) : undefined;
          return member ? { done: true, result: member.userId } : { done: false };
        },
        classify: (failure) =>
          failure.errorCode === 'USER_ALREADY_EXISTS' ? { status: 'skipped', message: 'Already a member of the company.' } : undefined,
      };
  }
}

/**
 * How a job is named in lists and headings, e.g. "Lock 12 users". A job from a file says how many of its rows it
 * sends and the file: "Invite 1 of 3 people from staff.csv".
 */
export function describeBulkSpec(spec: BulkSpec, count: number, file?: { name: string; rows: number }): string {
  if (spec.kind === 'invite' && file) {
    const people = (n: number) => (n === 1 ? 'person' : 'people');
    const how = count === file.rows ? `${count.toLocaleString()} ${people(count)}` : `${count.toLocaleString()} of ${file.rows.toLocaleString()} ${people(file.rows)}`;
    return `Invite ${how} from ${file.name}`;
  }
  const users = `${count.toLocaleString()} ${count === 1 ? 'user' : 'users'}`;
  switch (spec.kind) {
    case 'lock':
      return `Lock ${users}`;
    case 'unlock':
      return `Unlock ${users}`;
    case 'reinvite':
      return `Reinvite ${users}`;
    case 'remove':
      return `Remove ${users}`;
    case 'invite':
      return `Invite ${count.toLocaleString()} ${count === 1 ? 'person' : 'people'}`;
    case 'membership':
      if (spec.undoes) return `Undo: ${spec.undoes.title.charAt(0).toLowerCase()}${spec.undoes.title.slice(1)}`;
      if (spec.action) return `${spec.action.mode === 'move' ? 'Move' : 'Add'} ${users} to ${spec.action.place}`;
      return `Reassign ${users}`;
    case 'setDefaultOffice':
      return `Make ${spec.officeName} the default office of ${users}`;
    case 'addToOffice':
      return `Add ${users} to ${spec.officeName}`;
    case 'removeFromOffice':
      return `Remove ${users} from ${spec.officeName}`;
    case 'addToRegion':
      return `Add ${users} to ${spec.regionName}`;
    case 'removeFromRegion':
      return `Remove ${users} from ${spec.regionName}`;
  }
}
