import { useQuery } from '@tanstack/react-query';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { actorQueries } from '@/api/actor/queries';
import { esignProfileQueries } from '@/api/esign-profiles/queries';
import { officeQueries } from '@/api/offices/queries';
import { geographyOf } from '@/api/geography';
import { canInvite, canInviteClassic, grantableLevels, scopeOf, type Actor, type Verdict } from '@/api/permissions';
import { regionQueries } from '@/api/regions/queries';
import { roleQueries } from '@/api/roles/queries';
import type { Names } from '@/features/invite/review-text';

export type Option = { value: string; label: string };

/** Whether the signed-in administrator may invite people at all, and why not; undefined while that is being read. */
export function verdictOf(actor: { isPending: boolean; data?: { actor: Actor } | undefined }, version: CompanyVersion): Verdict | undefined {
  if (actor.isPending) return undefined;
  const current = actor.data?.actor;
  if (!current) return { allowed: false, reason: 'You are not a member of this company, so you cannot invite anyone to it.' };
  return (version === 'v5' ? canInviteClassic : canInvite)(current);
}

/** The invite verdict alone, for pages that only link to an invite form. */
export function useInviteVerdict(accountId: string, email: string, version: CompanyVersion | undefined): Verdict | undefined {
  const actor = useQuery({ ...actorQueries.current(accountId, email), enabled: version !== undefined });
  return version === undefined ? undefined : verdictOf(actor, version);
}

/** Everything an invite form offers: who may invite, and the roles, places and profiles to choose from. */
export function useInviteOptions(accountId: string, email: string, version: CompanyVersion) {
  const actor = useQuery(actorQueries.current(accountId, email));
  const roles = useQuery({ ...roleQueries.assignable(accountId), enabled: version === 'v6' });
  const allRoles = useQuery({ ...roleQueries.list(accountId), enabled: version === 'v6' });
  const offices = useQuery(officeQueries.list(accountId));
  const regions = useQuery(regionQueries.list(accountId));
  const profiles = useQuery(esignProfileQueries.list(accountId));

  {
    const current = actor.data?.actor;
    const verdict = verdictOf(actor, version);
    const roleOptions: Option[] = (roles.data ?? []).map((role) => ({ value: String(role.roleId), label: role.name }));
    // Only the places the administrator oversees: the service refuses an invite into any other.
    const scope = current ? scopeOf(current, geographyOf(offices.data ?? [])) : { kind: 'company' as const };
    const inScope = (office: { officeId: number; regionId?: number }) =>
      scope.kind === 'company' ||
      (scope.kind === 'locations' && (scope.officeIds.has(office.officeId) || (office.regionId !== undefined && scope.regionIds.has(office.regionId))));
    const officeData = (offices.data ?? []).filter(inScope);
    const regionData = (regions.data ?? []).filter((region) => scope.kind === 'company' || (scope.kind === 'locations' && scope.regionIds.has(region.regionId)));
    const officeOptions: Option[] = officeData.map((office) => ({ value: String(office.officeId), label: office.name }));
    const regionOptions: Option[] = regionData.map((region) => ({ value: String(region.regionId), label: region.name }));
    const profileOptions: Option[] = (profiles.data ?? []).map((profile) => ({ value: profile.eSignPermissionProfileId, label: profile.name }));
    const labelOf = (options: Option[], fallback: string) => (value: string | number) =>
      options.find((option) => option.value === String(value))?.label ?? `${fallback} ${value}`;
    const names: Omit<Names, 'title'> = {
      role: labelOf(roleOptions, 'Role'),
      office: labelOf(officeOptions, 'Office'),
      region: labelOf(regionOptions, 'Region'),
      profile: labelOf(profileOptions, 'Profile'),
      regionOfOffice: (officeId) => (offices.data ?? []).find((office) => office.officeId === officeId)?.regionId,
    };
    // v5 invites may leave the profile to the service, so on v5 a profile list that cannot be read stops nothing.
    const queries = [actor, offices, regions, ...(version === 'v6' ? [roles, allRoles, profiles] : [])];
    const assignable = new Set((roles.data ?? []).map((role) => role.roleId));
    return {
      actor: current,
      verdict,
      grantable: current ? (grantableLevels(current) as string[]) : [],
      roles: roleOptions,
      offices: officeOptions,
      regions: regionOptions,
      profiles: profileOptions,
      /** DS Sender when the caller may give it, else the first that is not an admin profile; null without a list. */
      profileDefault: preferredProfile(profileOptions),
      /** The profile list could not be read (v5): invites then leave the profile to the service. */
      profilesUnavailable: profiles.isError || (profiles.isSuccess && profileOptions.length === 0),
      officeData,
      regionData,
      /** Every office and region, for recognising names in an uploaded file. */
      allOffices: offices.data ?? [],
      allRegions: regions.data ?? [],
      /** The offices and regions the administrator oversees, when that is less than the whole company. */
      reachable: reachableOf(scope.kind === 'company', officeData, regionData),
      /** Company roles the administrator may not give: a file naming one is told so, not "unknown role". */
      otherRoles: (allRoles.data ?? []).filter((role) => !role.isExternal && !assignable.has(role.roleId)).map((role) => role.name),
      names,
      pending: queries.some((query) => query.isPending) || profiles.isPending,
      error: queries.find((query) => query.isError)?.error,
      retry: () => queries.forEach((query) => void query.refetch()),
    };
  }
}

export type InviteOptions = ReturnType<typeof useInviteOptions>;

/** A sensible eSignature profile to preselect: DS Sender when the account has it, else the first that is not an admin one. */
export function preferredProfile(profiles: readonly Option[]): string | null {
  return (profiles.find((profile) => profile.label === 'DS Sender') ?? profiles.find((profile) => !/admin/i.test(profile.label)) ?? profiles[0])?.value ?? null;
}

/** The offices and regions the administrator oversees, or undefined for the whole company. */
function reachableOf(whole: boolean, offices: readonly { officeId: number }[], regions: readonly { regionId: number }[]) {
  if (whole) return undefined;
  return { officeIds: new Set(offices.map((office) => office.officeId)), regionIds: new Set(regions.map((region) => region.regionId)) };
}
