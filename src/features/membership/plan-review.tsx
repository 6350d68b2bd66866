import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';

import { memberName, planCounts, stepInWords, type Names } from '@/features/membership/plan-words';
import type { MemberPlan } from '@/features/membership/reassignment-plan';

const STATUS: Record<MemberPlan['status'], { label: string; color: string }> = {
  ready: { label: 'Will change', color: 'blue' },
  unchanged: { label: 'Nothing to do', color: 'gray' },
  blocked: { label: 'Cannot be done', color: 'red' },
};

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** The plan before anything is sent: each call per user in words, and who it cannot be done for and why. */
export function PlanReview({ plan, names }: { plan: readonly MemberPlan[]; names: Names }) {
  const counts = planCounts(plan);
  const irreversible = plan.filter((entry) => entry.status === 'ready' && entry.undoBlocked).length;
  const order = { blocked: 0, ready: 1, unchanged: 2 };
  const sorted = [...plan].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        The plan
      </Title>
      <Text size="sm" role="status">
        {counts.ready} {counts.ready === 1 ? 'user' : 'users'} will change ({counts.calls} {counts.calls === 1 ? 'call' : 'calls'}) · {counts.blocked}{' '}
        cannot be done · {counts.unchanged} need nothing
        {irreversible > 0 && ` · ${irreversible} you could not undo`}
      </Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Plan per user">
        {sorted.map((entry) => (
          <Paper key={entry.member.userId} withBorder p="xs" component="li" aria-label={memberName(entry.member)}>
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {memberName(entry.member)}{' '}
                <Badge size="sm" variant="light" color={STATUS[entry.status].color}>
                  {STATUS[entry.status].label}
                </Badge>
              </Text>
              {entry.status === 'ready' ? (
                <>
                  <List type="ordered" size="sm">
                    {entry.steps.map((step, position) => (
                      <List.Item key={position}>{stepInWords(step, names)}</List.Item>
                    ))}
                  </List>
                  {entry.undoBlocked && (
                    <Text size="sm" fw={600}>
                      You could not undo this: {lowerFirst(entry.undoBlocked)}
                    </Text>
                  )}
                </>
              ) : (
                <Text size="sm">
                  {entry.reason}
                </Text>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
