import { MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';

import { INVITE_LEVELS } from '@/api/invites/schemas';
import type { InviteOptions } from '@/features/invite/use-invite-options';
import type { FieldErrors, V6Draft } from '@/features/invite/v6-draft';

type Props = { draft: V6Draft; onChange: (patch: Partial<V6Draft>) => void; errors: FieldErrors; options: InviteOptions };

const LEVEL_HINTS: Record<string, string> = {
  Contributor: 'Sees only their own rooms and rooms they are invited to.',
  Office: 'Sees rooms and users across their offices.',
  Region: 'Sees rooms and users across their regions.',
  Company: 'Sees rooms company-wide.',
};

/** The fields of `invite_user` (v6): access levels only those the administrator may grant. */
export function V6Fields({ draft, onChange, errors, options }: Props) {
  const levels = INVITE_LEVELS.map((level) => ({
    value: level,
    label: level,
    disabled: !options.grantable.includes(level),
  }));
  const level = draft.accessLevel;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="First name" required value={draft.firstName} error={errors.firstName} onChange={(event) => onChange({ firstName: event.currentTarget.value })} />
        <TextInput label="Last name" required value={draft.lastName} error={errors.lastName} onChange={(event) => onChange({ lastName: event.currentTarget.value })} />
      </SimpleGrid>
      <TextInput label="Email" type="email" required value={draft.email} error={errors.email} onChange={(event) => onChange({ email: event.currentTarget.value })} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Role"
          required
          description="Company roles you may assign"
          data={options.roles}
          value={draft.roleId}
          error={errors.roleId}
          searchable
          onChange={(roleId) => onChange({ roleId })}
        />
        <Select
          label="Access level"
          required
          description={level ? LEVEL_HINTS[level] : `You may grant: ${options.grantable.join(', ') || 'none'}`}
          data={levels}
          value={level}
          error={errors.accessLevel}
          onChange={(accessLevel) => onChange({ accessLevel })}
        />
      </SimpleGrid>
      <Select
        label="Default office"
        required
        data={options.offices}
        value={draft.defaultOfficeId}
        error={errors.defaultOfficeId}
        searchable
        onChange={(defaultOfficeId) => onChange({ defaultOfficeId })}
      />
      {(level === 'Office' || level === 'Contributor') && (
        <MultiSelect
          label="Offices"
          required={level === 'Office'}
          description={level === 'Office' ? 'The offices they oversee.' : 'Optional: offices besides the default one.'}
          data={options.offices}
          value={draft.offices}
          error={errors.offices}
          searchable
          onChange={(offices) => onChange({ offices })}
        />
      )}
      {level === 'Region' && (
        <MultiSelect
          label="Regions"
          required
          description="The regions they oversee."
          data={options.regions}
          value={draft.regions}
          error={errors.regions}
          searchable
          onChange={(regions) => onChange({ regions })}
        />
      )}
      <Select
        label="eSignature permission profile"
        required
        description="Inviting a member also creates their eSignature account with this profile."
        data={options.profiles}
        value={draft.eSignPermissionProfileId ?? options.profileDefault}
        error={errors.eSignPermissionProfileId}
        allowDeselect={false}
        onChange={(eSignPermissionProfileId) => onChange({ eSignPermissionProfileId })}
      />
      <Switch
        label="Room activity notifications"
        checked={draft.subscribe}
        onChange={(event) => onChange({ subscribe: event.currentTarget.checked })}
      />
    </Stack>
  );
}
