import { Stack, Text, Title } from '@mantine/core';

import {
  canAddToOffice,
  canAddToRegion,
  canChangeDefaultOffice,
  canRemoveFromOffice,
  canRemoveFromRegion,
  type Member,
} from '@/api/permissions';
import type { User } from '@/api/users/schemas';
import type { Lookups } from '@/features/users/lookups';
import { PlaceAction, type Place } from '@/features/users/place-action';
import { judge, type ActorRules } from '@/features/users/use-actor-rules';
import type { UserActions } from '@/features/users/use-user-actions';

type Props = { user: User; member: Member; rules: ActorRules; lookups: Lookups; actions: UserActions };

/** Default office, office and region memberships: only the places the rules and the admin's scope allow are offered. */
export function MembershipActions({ user, member, rules, lookups, actions }: Props) {
  const allOffices: Place[] = lookups.offices.map((office) => ({ id: office.officeId, name: office.name }));
  const allRegions: Place[] = lookups.regions.map((region) => ({ id: region.regionId, name: region.name }));
  const allowed = (verdict: { allowed: boolean }) => verdict.allowed;

  const newDefaults = allOffices.filter((office) => allowed(judge(rules, canChangeDefaultOffice, member, office.id)));
  const officesToAdd = allOffices.filter((office) => allowed(judge(rules, canAddToOffice, member, office.id)));
  // The offices the detail lists: a Region or Company user has a default office without being in any office.
  const officesToLeave: Place[] = user.offices.map((id) => ({ id, name: lookups.officeName(id) }));
  const isRegionMember = member.accessLevel === 'Region';
  const regionsToAdd = allRegions.filter((region) => allowed(judge(rules, canAddToRegion, member, region.id)));
  const regionsToLeave: Place[] = user.regions.map((id) => ({ id, name: lookups.regionName(id) }));

  return (
    <Stack gap="lg">
      <Stack gap="sm" component="section" aria-labelledby="office-actions">
        <Title order={3} size="h5" id="office-actions">
          Offices
        </Title>
        <PlaceAction
          label="New default office"
          button="Change default office"
          places={newDefaults}
          verdictFor={(id) => judge(rules, canChangeDefaultOffice, member, id)}
          empty="No other office within the places you oversee."
          mutation={actions.setDefaultOffice}
          variables={(place) => ({ officeId: place.id, name: place.name })}
          action="change the default office"
        />
        <PlaceAction
          label="Office to add"
          button="Add to office"
          places={officesToAdd}
          verdictFor={(id) => judge(rules, canAddToOffice, member, id)}
          empty={`No office within the places you oversee that ${user.firstName || 'this user'} is not in already.`}
          mutation={actions.addToOffice}
          variables={(place) => ({ officeId: place.id, name: place.name })}
          action="add this user to the office"
        />
        <PlaceAction
          label="Office to leave"
          button="Remove from office"
          places={officesToLeave}
          verdictFor={(id) => judge(rules, canRemoveFromOffice, member, id)}
          empty="This user is in no office."
          mutation={actions.removeFromOffice}
          variables={(place) => ({ officeId: place.id, name: place.name })}
          action="remove this user from the office"
        />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="region-actions">
        <Title order={3} size="h5" id="region-actions">
          Regions
        </Title>
        {isRegionMember ? (
          <>
            <PlaceAction
              label="Region to add"
              button="Add to region"
              places={regionsToAdd}
              verdictFor={(id) => judge(rules, canAddToRegion, member, id)}
              empty="No region within the regions you oversee that this user is not in already."
              mutation={actions.addToRegion}
              variables={(place) => ({ regionId: place.id, name: place.name })}
              action="add this user to the region"
            />
            <PlaceAction
              label="Region to leave"
              button="Remove from region"
              places={regionsToLeave}
              verdictFor={(id) => judge(rules, canRemoveFromRegion, member, id)}
              empty="This user is in no region."
              mutation={actions.removeFromRegion}
              variables={(place) => ({ regionId: place.id, name: place.name })}
              action="remove this user from the region"
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Only Region-level users belong to regions;{' '}
            {member.accessLevel === 'Company' ? 'Company users oversee every region already.' : `${member.accessLevel} users belong to offices.`}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
