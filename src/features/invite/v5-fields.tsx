import { Checkbox, MultiSelect, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';

import { permissionLabel } from '@/api/classic-permissions';
import { CLASSIC_MANAGER_PERMISSIONS } from '@/api/invites/schemas';
import type { InviteOptions, Option } from '@/features/invite/use-invite-options';
import { CLASSIC_TYPES, MANAGER_LEVELS, type ClassicType, type V5Draft } from '@/features/invite/v5-draft';
import type { FieldErrors } from '@/features/invite/v6-draft';

type Props = {
  draft: V5Draft;
  onChange: (patch: Partial<V5Draft>) => void;
  errors: FieldErrors;
  options: InviteOptions;
  titles: Option[];
};

const TYPE_HINTS: Record<ClassicType, string> = {
  Admin: 'Full access to the company. Name and email only.',
  Manager: 'A job title, an access level and the manager permissions you tick.',
  Agent: 'Works in one office.',
};

/** A Manager's or Agent's eSignature profile, DS Sender preselected; the service's default when there is no list. */
function ProfileField({ draft, onChange, errors, options }: Omit<Props, 'titles'>) {
  const description = 'Inviting a member also creates their eSignature account with this profile.';
  if (options.profilesUnavailable) {
    return (
      <TextInput
        label="eSignature permission profile"
        description={`${description} The list of profiles could not be read, so the service gives its default (DS Sender).`}
        value="The service's default (DS Sender)"
        readOnly
      />
    );
  }
  return (
    <Select
      label="eSignature permission profile"
      description={description}
      data={options.profiles}
      value={draft.eSignPermissionProfileId ?? options.profileDefault}
      error={errors.eSignPermissionProfileId}
      allowDeselect={false}
      onChange={(eSignPermissionProfileId) => onChange({ eSignPermissionProfileId })}
    />
  );
}

/** The classic (v5) invite: first the kind of user, then exactly the fields its endpoint takes. */
export function V5Fields({ draft, onChange, errors, options, titles }: Props) {
  const knownTitle = titles.some((title) => title.value === draft.titleId);
  // A problem with a title id typed by hand is shown at that field, not at the list of titles.
  const typedTitle = !knownTitle && draft.titleId.trim() !== '';
  return (
    <Stack gap="md">
      <Radio.Group label="Kind of user" required value={draft.type ?? ''} error={errors.type} onChange={(value) => onChange({ type: value as ClassicType })}>
        <Stack gap="xs" mt="xs">
          {CLASSIC_TYPES.map((type) => (
            <Radio key={type} value={type} label={type} description={TYPE_HINTS[type]} />
          ))}
        </Stack>
      </Radio.Group>
      {draft.type && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="First name" required value={draft.firstName} error={errors.firstName} onChange={(event) => onChange({ firstName: event.currentTarget.value })} />
            <TextInput label="Last name" required value={draft.lastName} error={errors.lastName} onChange={(event) => onChange({ lastName: event.currentTarget.value })} />
          </SimpleGrid>
          <TextInput label="Email" type="email" required value={draft.email} error={errors.email} onChange={(event) => onChange({ email: event.currentTarget.value })} />
        </>
      )}
      {draft.type === 'Agent' && (
        <Select label="Office" required data={options.offices} value={draft.officeId} error={errors.officeId} searchable onChange={(officeId) => onChange({ officeId })} />
      )}
      {draft.type === 'Manager' && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Title"
              required
              description="Titles held by current managers"
              data={titles}
              value={knownTitle ? draft.titleId : null}
              error={typedTitle ? undefined : errors.titleId}
              searchable
              onChange={(titleId) => onChange({ titleId: titleId ?? '' })}
            />
            <TextInput
              label="Or title id"
              description="For a title no manager holds yet"
              inputMode="numeric"
              value={knownTitle ? '' : draft.titleId}
              error={typedTitle ? errors.titleId : undefined}
              // Kept as typed: the review says what is wrong with it rather than sending digits picked out of it.
              onChange={(event) => onChange({ titleId: event.currentTarget.value })}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Access level"
              required
              data={MANAGER_LEVELS.map((level) => ({ value: level, label: level, disabled: !options.grantable.includes(level) }))}
              value={draft.accessLevel}
              error={errors.accessLevel}
              onChange={(accessLevel) => onChange({ accessLevel })}
            />
            <Select
              label="Default office"
              required
              data={options.offices}
              value={draft.defaultOfficeId}
              error={errors.defaultOfficeId}
              searchable
              onChange={(defaultOfficeId) => onChange({ defaultOfficeId })}
            />
          </SimpleGrid>
          {draft.accessLevel === 'Office' && (
            <MultiSelect label="Offices" description="Offices besides the default one" data={options.offices} value={draft.offices} searchable onChange={(offices) => onChange({ offices })} />
          )}
          {draft.accessLevel === 'Region' && (
            <MultiSelect label="Regions" required data={options.regions} value={draft.regions} error={errors.regions} searchable onChange={(regions) => onChange({ regions })} />
          )}
          <Checkbox.Group label="Manager permissions" value={draft.permissions} onChange={(permissions) => onChange({ permissions })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {CLASSIC_MANAGER_PERMISSIONS.map((name) => (
                <Checkbox key={name} value={name} label={permissionLabel(name)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </>
      )}
      {(draft.type === 'Agent' || draft.type === 'Manager') && <ProfileField draft={draft} onChange={onChange} errors={errors} options={options} />}
    </Stack>
  );
}
