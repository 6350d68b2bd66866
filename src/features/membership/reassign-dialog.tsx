import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Radio.css';

import { Button, Group, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import type { MembershipIndex } from '@/api/membership-index';
import type { OfficeSummary } from '@/api/offices/schemas';
import { officeInScope, regionInScope, type Actor, type Geography } from '@/api/permissions';
import type { RegionSummary } from '@/api/regions/schemas';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/config/paths';
import { PlanReview } from '@/features/membership/plan-review';
import { planCounts, type Names } from '@/features/membership/plan-words';
import { loadPlannedMembers } from '@/features/membership/planned-members';
import { planReassignment, type MemberPlan, type Target } from '@/features/membership/reassignment-plan';
import { runPlan } from '@/features/membership/run-plan';

type Props = {
  opened: boolean;
  onClose: () => void;
  /** The job exists: the selection has done its work. */
  onStarted?: () => void;
  accountId: string;
  owner: string;
  /** Undefined while the administrator's own record is read (or when it cannot be: `actorError`). */
  actor: Actor | undefined;
  actorError?: unknown;
  geography: Geography;
  offices: readonly OfficeSummary[];
  regions: readonly RegionSummary[];
  names: Names;
  index: MembershipIndex;
  userIds: readonly number[];
  /** What the page already showed of the chosen users, to name those who cannot be read any more. */
  known?: readonly KnownUser[];
  /**
   * The office or region page the selection was made on: what a move leaves. None when the selection comes from
   * the user list: a move to an office then leaves each user's default office.
   */
  source?: Target;
};

type KnownUser = { userId: number; firstName: string; lastName: string; email: string; accessLevel?: string };

/** A chosen user who cannot be read now, in the plan as one it cannot be done for. */
const blockedUnreadable = (userId: number, reason: string, user?: KnownUser): MemberPlan => ({
  member: {
    userId,
    firstName: user?.firstName ?? '',
    lastName: user?.lastName ?? '',
    accessLevel: user?.accessLevel ?? 'Contributor',
    defaultOfficeId: -1,
    offices: [],
    regions: [],
  },
  status: 'blocked',
  reason,
});

/** Said of a target the administrator may not move anyone into, which stays listed but cannot be chosen. */
const OUT_OF_REACH = ' (outside what you oversee)';

const targetValue = (target: Target) => (target.kind === 'office' ? `office:${target.officeId}` : `region:${target.regionId}`);
const parseTarget = (value: string): Target | undefined => {
  const [kind, id] = value.split(':');
  if (kind === 'office') return { kind, officeId: Number(id) };
  if (kind === 'region') return { kind, regionId: Number(id) };
  return undefined;
};

/** Choose a target and a mode, review the plan, then send it as a bulk job and go to the job. */
export function ReassignDialog(props: Props) {
  const { opened, onClose, userIds } = props;
  return (
    // Composed by hand: Modal's own header is a <header>, a second banner landmark on the page.
    <Modal.Root opened={opened} onClose={onClose} size="lg">
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Body pt="lg">
          <Stack gap="md">
            <Group justify="space-between" wrap="nowrap">
              <Modal.Title fw={700} fz="lg">
                Reassign {userIds.length} {userIds.length === 1 ? 'user' : 'users'}
              </Modal.Title>
              <Modal.CloseButton aria-label="Close" />
            </Group>
            {opened &&
              (props.actor ? (
                <ReassignForm {...props} actor={props.actor} />
              ) : props.actorError !== undefined ? (
                <ErrorPanel error={props.actorError} action="read your own permissions" headingOrder={3} />
              ) : (
                <Text size="sm" role="status">
                  Reading your permissions…
                </Text>
              ))}
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

function ReassignForm({ accountId, owner, actor, geography, offices, regions, names, index, userIds, known, source, onClose, onStarted }: Props & { actor: Actor }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'move' | 'add'>('move');
  const [target, setTarget] = useState('');
  const [defaultOffice, setDefaultOffice] = useState('');
  const [plan, setPlan] = useState<MemberPlan[]>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [reading, setReading] = useState<{ read: number; toRead: number }>();
  const reads = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => reads.current?.abort(), []);
  const chosen = parseTarget(target);
  const regionMove = chosen?.kind === 'region' && mode === 'move' && source?.kind === 'region';
  const officesOfTarget = chosen?.kind === 'region' ? offices.filter((office) => office.regionId === chosen.regionId) : [];

  const review = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    reads.current?.abort();
    const controller = new AbortController();
    reads.current = controller;
    try {
      const { members, unreadable } = await loadPlannedMembers(queryClient, accountId, userIds, index, {
        signal: controller.signal,
        onProgress: (read, toRead) => setReading(toRead > 0 ? { read, toRead } : undefined),
      });
      setPlan([
        ...planReassignment(actor, geography, members, {
          mode,
          target: chosen,
          source: mode === 'move' ? source : undefined,
          defaultOfficeInTarget: defaultOffice ? Number(defaultOffice) : undefined,
        }),
        ...unreadable.map(({ userId, reason }) => blockedUnreadable(userId, reason, known?.find((user) => user.userId === userId))),
      ]);
    } catch (failure) {
      if (!controller.signal.aborted) setError(failure);
    } finally {
      setBusy(false);
      setReading(undefined);
    }
  };

  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    const place = chosen?.kind === 'region' ? `region ${names.region(chosen.regionId)}` : chosen ? names.office(chosen.officeId) : '';
    const jobId = await runPlan(owner, accountId, plan, { action: { mode, place } });
    onStarted?.();
    onClose();
    void navigate(paths.job.href(jobId));
  };

  const reset = () => setPlan(undefined);
  const counts = plan ? planCounts(plan) : undefined;

  return (
    <Stack gap="md">
      <Radio.Group
        label="What to do"
        value={mode}
        onChange={(value) => {
          setMode(value as 'move' | 'add');
          reset();
        }}
      >
        <Group mt={4}>
          <Radio value="move" label={source ? 'Move (join the target, leave this one)' : 'Move (join the target, leave their default office)'} />
          <Radio value="add" label="Add only (keep current memberships)" />
        </Group>
      </Radio.Group>
      <NativeSelect
        label="Target"
        value={target}
        onChange={(event) => {
          setTarget(event.currentTarget.value);
          setDefaultOffice('');
          reset();
        }}
      >
        <option value="">Choose an office or region</option>
        {regions.map((region) => {
          const regionReachable = regionInScope(actor, geography, region.regionId);
          return (
            <optgroup key={region.regionId} label={region.name}>
              <option value={targetValue({ kind: 'region', regionId: region.regionId })} disabled={!regionReachable}>
                {`Region ${region.name}${regionReachable ? '' : OUT_OF_REACH}`}
              </option>
              {offices
                .filter((office) => office.regionId === region.regionId)
                .map((office) => {
                  const reachable = officeInScope(actor, geography, office.officeId);
                  return (
                    <option key={office.officeId} value={targetValue({ kind: 'office', officeId: office.officeId })} disabled={!reachable}>
                      {`${office.name}${reachable ? '' : OUT_OF_REACH}`}
                    </option>
                  );
                })}
            </optgroup>
          );
        })}
      </NativeSelect>
      {regionMove && (
        <NativeSelect
          label="New default office in the target region"
          description="For users whose default office is in the region they leave."
          value={defaultOffice}
          onChange={(event) => {
            setDefaultOffice(event.currentTarget.value);
            reset();
          }}
          data={[{ value: '', label: 'Choose an office' }, ...officesOfTarget.map((office) => ({ value: String(office.officeId), label: office.name }))]}
        />
      )}
      {error !== undefined && <ErrorPanel error={error} action="read these users' memberships" onRetry={() => void review()} headingOrder={3} />}
      {reading && (
        <Text size="sm" role="status" aria-live="polite">
          Reading the memberships of the users not read yet: {reading.read.toLocaleString()} of {reading.toRead.toLocaleString()}
        </Text>
      )}
      {plan && <PlanReview plan={plan} names={names} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        {plan && counts ? (
          <Button onClick={() => void apply()} loading={busy} disabled={counts.ready === 0}>
            Apply to {counts.ready} {counts.ready === 1 ? 'user' : 'users'}
          </Button>
        ) : (
          <Button onClick={() => void review()} loading={busy} disabled={!chosen}>
            Review the plan
          </Button>
        )}
      </Group>
      {!plan && (
        <Text size="xs" c="dimmed">
          Nothing is sent until you have reviewed the plan.
        </Text>
      )}
    </Stack>
  );
}
