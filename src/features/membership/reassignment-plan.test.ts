import { describe, expect, it } from 'vitest';
import type { Actor } from '@/api/permissions';
import { stepInWords, type Names } from '@/features/membership/plan-words';
import { applySteps, planReassignment, planUndo, undoSteps, type PlannedMember } from '@/features/membership/reassignment-plan';

// Offices 1 Boston Downtown and 2 Cambridge are in region 10 Northeast; 3 San Diego is in region 20 West.
const geography = { regionOfOffice: (id: number) => ({ 1: 10, 2: 10, 3: 20 })[id] };
const BOSTON = 1;
const CAMBRIDGE = 2;
const SAN_DIEGO = 3;

const names: Names = {
  office: (id) => ({ 1: 'Boston Downtown', 2: 'Cambridge', 3: 'San Diego' })[id] ?? `office ${id}`,
  region: (id) => ({ 10: 'Northeast', 20: 'West' })[id] ?? `region ${id}`,
};

const rita: Actor = {
  userId: 2,
  accessLevel: 'Region',
  defaultOfficeId: BOSTON,
  offices: [],
  regions: [10],
  isDefaultAdmin: false,
  permissions: { canManageMemberLowerAccessLevel: true },
};
const omar: Actor = { userId: 3, accessLevel: 'Office', defaultOfficeId: CAMBRIDGE, offices: [CAMBRIDGE], regions: [], isDefaultAdmin: false, permissions: { canManageMemberLowerAccessLevel: true } };
const admin: Actor = { userId: 1, accessLevel: 'Company', offices: [], regions: [], isDefaultAdmin: true, permissions: {} };

const member = (userId: number, patch: Partial<PlannedMember> = {}): PlannedMember => ({
  userId,
  firstName: 'User',
  lastName: String(userId),
  accessLevel: 'Contributor',
  defaultOfficeId: CAMBRIDGE,
  offices: [CAMBRIDGE],
  regions: [],
  ...patch,
});

describe('reassignment planner', () => {
  it('moves an office member: join, switch the default, then leave', () => {
    const [plan] = planReassignment(rita, geography, [member(10)], { mode: 'move', target: { kind: 'office', officeId: BOSTON } });
    expect(plan).toMatchObject({
      status: 'ready',
      steps: [
        { call: 'addToOffice', officeId: BOSTON },
        { call: 'setDefaultOffice', officeId: BOSTON, previousOfficeId: CAMBRIDGE },
        { call: 'removeFromOffice', officeId: CAMBRIDGE },
      ],
    });
  });

  it('leaves a non-default source office without touching the default', () => {
    const [plan] = planReassignment(rita, geography, [member(10, { offices: [CAMBRIDGE, BOSTON], defaultOfficeId: BOSTON })], {
      mode: 'move',
      source: { kind: 'office', officeId: CAMBRIDGE },
      target: { kind: 'office', officeId: BOSTON },
    });
    expect(plan).toMatchObject({ status: 'ready', steps: [{ call: 'removeFromOffice', officeId: CAMBRIDGE }] });
  });

  it('adds only, and says when nothing needs to change', () => {
    const plans = planReassignment(admin, geography, [member(10), member(11, { offices: [CAMBRIDGE, BOSTON] })], {
      mode: 'add',
      target: { kind: 'office', officeId: BOSTON },
    });
    expect(plans.map((plan) => plan.status)).toEqual(['ready', 'unchanged']);
  });

  it('says before sending when the administrator could not undo a change: leaving an office beyond their reach', () => {
    // In Omar's Cambridge and also in San Diego, which he does not oversee: he may take her out of San Diego, not back.
    const both = member(13, { defaultOfficeId: SAN_DIEGO, offices: [SAN_DIEGO, CAMBRIDGE] });
    const [plan] = planReassignment(omar, geography, [both], { mode: 'move', source: { kind: 'office', officeId: SAN_DIEGO }, target: { kind: 'office', officeId: CAMBRIDGE } });
    expect(plan).toMatchObject({ status: 'ready', undoBlocked: 'That office is outside the offices and regions you oversee.' });
    const [reversible] = planReassignment(admin, geography, [both], { mode: 'move', source: { kind: 'office', officeId: SAN_DIEGO }, target: { kind: 'office', officeId: CAMBRIDGE } });
    expect(reversible).toMatchObject({ status: 'ready' });
    expect(reversible).not.toHaveProperty('undoBlocked');
  });

  it('blocks what the rules or the administrator cannot do, and says why', () => {
    const plans = planReassignment(omar, geography, [member(10, { defaultOfficeId: SAN_DIEGO, offices: [SAN_DIEGO] }), member(11)], {
      mode: 'move',
      target: { kind: 'office', officeId: BOSTON },
    });
    expect(plans[0]).toMatchObject({ status: 'blocked', reason: /outside the offices and regions you oversee/ });
    expect(plans[1]).toMatchObject({ status: 'blocked', reason: 'That office is outside the offices and regions you oversee.' });
    const regional = member(12, { accessLevel: 'Region', defaultOfficeId: BOSTON, offices: [], regions: [10] });
    expect(planReassignment(admin, geography, [regional], { mode: 'add', target: { kind: 'office', officeId: CAMBRIDGE } })[0]).toMatchObject({
      status: 'blocked',
      reason: /^Region members belong to regions, not offices: add them to the office’s region/,
    });
    const company = member(13, { accessLevel: 'Company', defaultOfficeId: BOSTON, offices: [], regions: [] });
    const toRegion = { mode: 'move' as const, target: { kind: 'region' as const, regionId: 20 } };
    expect(planReassignment(admin, geography, [company], toRegion)[0]).toMatchObject({ status: 'blocked', reason: /^Company members belong to no office or region/ });
    expect(planReassignment(admin, geography, [member(14)], toRegion)[0]).toMatchObject({
      status: 'blocked',
      reason: 'Contributor members belong to offices, not regions: to bring them into this region, choose one of its offices as the target.',
    });
  });

  it('moves a region member between regions, asking for a new default office when theirs is in the old region', () => {
    const regional = member(12, { accessLevel: 'Region', defaultOfficeId: BOSTON, offices: [], regions: [10] });
    const request = { mode: 'move' as const, source: { kind: 'region' as const, regionId: 10 }, target: { kind: 'region' as const, regionId: 20 } };
    expect(planReassignment(admin, geography, [regional], request)[0]).toMatchObject({ status: 'blocked', reason: /choose a default office/ });
    expect(planReassignment(admin, geography, [regional], { ...request, defaultOfficeInTarget: SAN_DIEGO })[0]).toMatchObject({
      status: 'ready',
      steps: [
        { call: 'addToRegion', regionId: 20 },
        { call: 'setDefaultOffice', officeId: SAN_DIEGO, previousOfficeId: BOSTON },
        { call: 'removeFromRegion', regionId: 10 },
      ],
    });
    expect(planReassignment(admin, geography, [member(10)], request)[0]).toMatchObject({ status: 'blocked', reason: /belong to offices, not regions/ });
  });

  it('undoes a partly failed move by taking back only what took effect, newest first', () => {
    const before = member(10);
    const [plan] = planReassignment(rita, geography, [before], { mode: 'move', target: { kind: 'office', officeId: BOSTON } });
    if (plan?.status !== 'ready') throw new Error('expected a plan');
    const done = plan.steps.slice(0, 2); // leaving Cambridge failed
    const now = applySteps(before, done);
    const [undo] = planUndo(rita, geography, [{ member: now, done }]);
    expect(undo).toMatchObject({
      status: 'ready',
      steps: [
        { call: 'setDefaultOffice', officeId: CAMBRIDGE, previousOfficeId: BOSTON },
        { call: 'removeFromOffice', officeId: BOSTON },
      ],
    });
    if (undo?.status !== 'ready') throw new Error('expected an undo plan');
    expect(applySteps(now, undo.steps)).toEqual(before);
  });

  it('undo of a whole move restores every membership', () => {
    const before = member(10);
    const [plan] = planReassignment(admin, geography, [before], { mode: 'move', target: { kind: 'office', officeId: BOSTON } });
    if (plan?.status !== 'ready') throw new Error('expected a plan');
    const after = applySteps(before, plan.steps);
    expect(after).toMatchObject({ defaultOfficeId: BOSTON, offices: [BOSTON] });
    const restored = applySteps(after, undoSteps(plan.steps));
    expect(restored.defaultOfficeId).toBe(CAMBRIDGE);
    expect([...restored.offices].sort()).toEqual([CAMBRIDGE]);
  });

  it("shows that moving a Region member to an office also adds its region, and the undo takes it back", () => {
    const regional = member(15, { accessLevel: 'Region', defaultOfficeId: SAN_DIEGO, offices: [], regions: [20] });
    const [plan] = planReassignment(admin, geography, [regional], { mode: 'move', target: { kind: 'office', officeId: BOSTON } });
    expect(plan).toMatchObject({ status: 'ready', steps: [{ call: 'setDefaultOffice', officeId: BOSTON, previousOfficeId: SAN_DIEGO, addsRegionId: 10 }] });
    if (plan?.status !== 'ready') throw new Error('expected a plan');
    expect(stepInWords(plan.steps[0]!, names)).toBe('Make Boston Downtown the default office (was San Diego); this also adds region Northeast');
    const after = applySteps(regional, plan.steps);
    expect(after).toMatchObject({ defaultOfficeId: BOSTON, regions: [20, 10] });

    const [undo] = planUndo(admin, geography, [{ member: after, done: plan.steps }]);
    expect(undo).toMatchObject({
      status: 'ready',
      steps: [
        { call: 'setDefaultOffice', officeId: SAN_DIEGO, previousOfficeId: BOSTON },
        { call: 'removeFromRegion', regionId: 10, withDefaultOffice: true },
      ],
    });
    if (undo?.status !== 'ready') throw new Error('expected an undo plan');
    expect(stepInWords(undo.steps[1]!, names)).toBe('Remove from region Northeast (added with the default office)');
    expect(applySteps(after, undo.steps)).toEqual(regional);

    // Already in the office's region: nothing more happens, and nothing more is undone.
    const inBoth = member(16, { accessLevel: 'Region', defaultOfficeId: SAN_DIEGO, offices: [], regions: [10, 20] });
    const [plain] = planReassignment(admin, geography, [inBoth], { mode: 'move', target: { kind: 'office', officeId: BOSTON } });
    expect(plain).toMatchObject({ status: 'ready', steps: [{ call: 'setDefaultOffice', officeId: BOSTON, previousOfficeId: SAN_DIEGO }] });
    if (plain?.status !== 'ready') throw new Error('expected a plan');
    expect(plain.steps[0]).not.toHaveProperty('addsRegionId');
  });
});
