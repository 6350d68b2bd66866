import { Box, NativeSelect } from '@mantine/core';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { ACCESS_LEVELS, USER_STATUSES } from '@/api/users/schemas';
import { PlainCheckbox } from '@/components/plain-checkbox';
import type { ListFilters, ListState } from '@/features/users/list-state';
import { titleLabel, type Lookups } from '@/features/users/lookups';

type Props = {
  state: ListState;
  version: CompanyVersion;
  lookups: Lookups;
  /** Title ids seen so far: v5 has no titles endpoint, so these are the titles there are to offer. */
  titleIds: number[];
  onChange: (patch: Partial<ListFilters>) => void;
};

type Option = { value: string; label: string };

const toOption = (value: number | string, label: string): Option => ({ value: String(value), label });
const toNumber = (value: string): number | undefined => (value === '' ? undefined : Number(value));

/**
 * A native select: keyboard, screen reader and mobile pickers work without extra code, and it keeps the
 * popover machinery of a custom combobox out of the first load. The first option ("All …") clears the filter.
 */
function FilterSelect(props: {
  label: string;
  allLabel: string;
  data: Option[];
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <NativeSelect
      label={props.label}
      data={[{ value: '', label: props.allLabel }, ...props.data]}
      value={props.value ?? ''}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      w={{ base: '100%', sm: 170 }}
    />
  );
}

/** Status, locked, access level, default office, and role (v6) or title (v5): the filters the API has. */
export function UsersFilters({ state, version, lookups, titleIds, onChange }: Props) {
  // With a region chosen, the offices on offer are that region's; a chosen office stays shown even when it is not.
  const inRegion = lookups.offices.filter((office) => state.region === undefined || office.regionId === state.region);
  const officeOptions = inRegion.map((office) => toOption(office.officeId, office.name));
  if (state.office !== undefined && !inRegion.some((office) => office.officeId === state.office)) {
    officeOptions.push(toOption(state.office, lookups.officeName(state.office)));
  }
  const regionOptions = lookups.regions.map((region) => toOption(region.regionId, region.name));
  if (state.region !== undefined && !lookups.regions.some((region) => region.regionId === state.region)) {
    regionOptions.push(toOption(state.region, lookups.regionName(state.region)));
  }
  // Company members hold company roles; external roles (buyer, seller, …) are for people invited into rooms.
  const roleOptions = lookups.roles.filter((role) => !role.isExternal).map((role) => toOption(role.roleId, role.name));
  if (state.role !== undefined && !lookups.roles.some((role) => role.roleId === state.role)) {
    roleOptions.push(toOption(state.role, lookups.roleName(state.role)));
  }
  const titleOptions = [...new Set([...titleIds, ...(state.title === undefined ? [] : [state.title])])]
    .sort((a, b) => a - b)
    .map((id) => toOption(id, titleLabel(id)));

  return (
    <>
      <FilterSelect
        label="Status"
        allLabel="All statuses"
        data={USER_STATUSES.map((status) => toOption(status, status))}
        value={state.status}
        onChange={(value) => onChange({ status: USER_STATUSES.find((status) => status === value) })}
      />
      <FilterSelect
        label="Access level"
        allLabel="All levels"
        data={ACCESS_LEVELS.map((level) => toOption(level, level))}
        value={state.accessLevel}
        onChange={(value) => onChange({ accessLevel: ACCESS_LEVELS.find((level) => level === value) })}
      />
      <FilterSelect
        label="Region"
        allLabel="All regions"
        data={regionOptions}
        value={state.region === undefined ? undefined : String(state.region)}
        onChange={(value) => onChange({ region: toNumber(value) })}
      />
      <FilterSelect
        label="Default office"
        allLabel="All offices"
        data={officeOptions}
        value={state.office === undefined ? undefined : String(state.office)}
        onChange={(value) => onChange({ office: toNumber(value) })}
      />
      {version === 'v6' ? (
        <FilterSelect
          label="Role"
          allLabel="All roles"
          data={roleOptions}
          value={state.role === undefined ? undefined : String(state.role)}
          onChange={(value) => onChange({ role: toNumber(value) })}
        />
      ) : (
        <FilterSelect
          label="Title"
          allLabel="All titles"
          data={titleOptions}
          value={state.title === undefined ? undefined : String(state.title)}
          onChange={(value) => onChange({ title: toNumber(value) })}
        />
      )}
      <Box mb={8}>
        <PlainCheckbox label="Locked only" checked={state.locked} onChange={(event) => onChange({ locked: event.currentTarget.checked })} />
      </Box>
    </>
  );
}
