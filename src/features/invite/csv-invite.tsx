import '@/features/invite/mantine-styles';
import { Alert, Anchor, Button, Group, Paper, Progress, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { permissionLabel } from '@/api/classic-permissions';
import { downloadCsv } from '@/api/csv';
import { INVITE_LEVELS } from '@/api/invites/schemas';
import { bulkJobStoreFor } from '@/components/bulk-job/bulk-job-store-loader';
import { countText } from '@/components/count-text';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/config/paths';
import { describeMissingColumns, mapColumns, missingColumns, type ColumnSet } from '@/features/invite/csv-columns';
import { decodeCsvBytes, parseCsvText } from '@/features/invite/csv-file';
import { countPreview, jobRowsOf } from '@/features/invite/csv-job';
import { CsvDropZone } from '@/features/invite/csv-drop-zone';
import { CsvMapping } from '@/features/invite/csv-mapping';
import { CsvPreview, PREVIEW_TABS, type PreviewTab } from '@/features/invite/csv-preview';
import { buildPreview, type CsvFormat, type PreviewRow } from '@/features/invite/csv-rows';
import { describeRow, joined, withTitles } from '@/features/invite/review-text';
import { CsvUpload, noDefaults, type CsvDefaults } from '@/features/invite/csv-upload-state';
import { buildV5Template, v5Format, V5_COLUMNS } from '@/features/invite/csv-v5';
import { buildV6Template, v6Format, V6_COLUMNS, type InviteAccessLevel } from '@/features/invite/csv-v6';
import { clearDraft, readDraft, writeDraft } from '@/components/session-draft';
import { useInviteOptions, type InviteOptions } from '@/features/invite/use-invite-options';
import { useMemberEmails } from '@/features/invite/use-member-emails';

type Props = { accountId: string; email: string; owner: string; version: CompanyVersion };

const DRAFT = 'invite-csv';

const readUpload = (accountId: string) =>
  readDraft(DRAFT, accountId, (value) => {
    const result = CsvUpload.safeParse(value);
    return result.success ? result.data : undefined;
  });

const INTRO: Record<CompanyVersion, string> = {
  v6:
    'One person per line: email, first and last name are required; role, access level, offices, regions and the eSignature profile may be ' +
    'columns or the defaults below. Names of roles, offices and regions work in any case.',
  v5:
    'One person per line: kind (Admin, Manager or Agent), email, first and last name are required. An Agent needs an office. A Manager needs ' +
    'a title, an access level (Company, Region or Office), a default office in the office column, the offices or regions that level takes, ' +
    'and yes or no for each manager permission. Managers and Agents may name an eSignature profile, or get the default below. Names of ' +
    'offices, regions, titles and profiles work in any case.',
};

const COLUMN_SETS: Record<CompanyVersion, ColumnSet> = { v6: V6_COLUMNS, v5: V5_COLUMNS };

const V6_DEFAULTED = [
  { column: 'role', key: 'roleId', what: 'role' },
  { column: 'accessLevel', key: 'accessLevel', what: 'access level' },
  { column: 'defaultOffice', key: 'defaultOfficeId', what: 'default office' },
] as const;

/**
 * Bulk invite from a CSV file: template, upload, column mapping (v6: and defaults), a preview sorted into ready /
 * invalid / duplicate / already a member, then one bulk job with every row of the file. The steps are the same
 * for both Rooms versions; the columns and how a row becomes an invite are the version's.
 */
export function CsvInvite({ accountId, email, owner, version }: Props) {
  const options = useInviteOptions(accountId, email, version);
  const set = COLUMN_SETS[version];
  const { query: members, progress } = useMemberEmails(accountId, true);
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [upload, setUploadState] = useState<CsvUpload | undefined>(() => readUpload(accountId));
  const [kept, setKept] = useState(true);
  const [fileError, setFileError] = useState<{ fileName: string; error: string }>();
  const [reading, setReading] = useState(false);
  const [sending, setSending] = useState<{ error?: unknown }>();

  const setUpload = (next: CsvUpload | undefined) => {
    setUploadState(next);
    if (next) setKept(writeDraft(DRAFT, accountId, next));
    else clearDraft(DRAFT, accountId);
  };
  const defaults: CsvDefaults = upload?.defaults ?? noDefaults();
  const profileDefault = defaults.eSignPermissionProfileId ?? options.profileDefault;

  const readFile = async (file: File) => {
    setReading(true);
    setFileError(undefined);
    try {
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (error) {
        const reason = typeof error === 'object' && error !== null && 'message' in error ? ` (${String(error.message)})` : '';
        setFileError({ fileName: file.name, error: `The browser could not read it${reason}: it may have been moved or changed since it was chosen. Choose it again.` });
        return;
      }
      const decoded = decodeCsvBytes(new Uint8Array(bytes), file.name);
      const parsed = decoded.ok ? parseCsvText(decoded.text) : decoded;
      if (!parsed.ok) {
        // The file read before, if any, stays with its mapping and defaults: a wrong pick loses nothing.
        setFileError({ fileName: file.name, error: parsed.error });
        return;
      }
      const { headers, records } = parsed.table;
      setUpload({ fileName: file.name, headers, records, columns: mapColumns(headers, set).columns as Record<string, number>, defaults: upload?.defaults ?? noDefaults() });
      setSearch((params) => (params.delete('tab'), params), { replace: true });
    } finally {
      setReading(false);
    }
  };

  const columns = upload?.columns ?? {};
  const missing = missingColumns(set, columns);
  const reachableKey = options.reachable ? `${[...options.reachable.officeIds].join()}|${[...options.reachable.regionIds].join()}` : 'all';
  const format: CsvFormat<string> | undefined = useMemo(() => {
    if (options.pending || !members.data) return undefined;
    const reachable = options.reachable;
    if (version === 'v5') {
      return v5Format({
        offices: options.allOffices,
        regions: options.allRegions,
        titles: members.data.titles,
        grantableLevels: options.grantable,
        reachable,
        profiles: options.profiles.map((profile) => ({ eSignPermissionProfileId: profile.value, name: profile.label })),
        defaultProfileId: profileDefault ?? undefined,
      });
    }
    const toId = (value: string | null) => (value ? Number(value) : undefined);
    return v6Format({
      roles: options.roles.map((role) => ({ roleId: Number(role.value), name: role.label })),
      offices: options.allOffices,
      regions: options.allRegions,
      profiles: options.profiles.map((profile) => ({ eSignPermissionProfileId: profile.value, name: profile.label })),
      grantableLevels: options.grantable as InviteAccessLevel[],
      otherRoles: options.otherRoles,
      reachable,
      defaults: {
        roleId: toId(defaults.roleId),
        accessLevel: (defaults.accessLevel ?? undefined) as InviteAccessLevel | undefined,
        defaultOfficeId: toId(defaults.defaultOfficeId),
        eSignPermissionProfileId: profileDefault ?? undefined,
      },
    });
    // The option lists are rebuilt each render; their contents change only with these.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, options.pending, options.roles.length, options.otherRoles.join(), reachableKey, options.allOffices, options.allRegions, options.profiles.length, options.grantable.join(), members.data, defaults.roleId, defaults.accessLevel, defaults.defaultOfficeId, profileDefault]);

  const rows = useMemo(
    () => (upload && format && members.data && missing.length === 0 ? buildPreview(upload, { columns }, format, members.data.emails) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [upload, format, missing.join()],
  );
  const counts = rows ? countPreview(rows) : undefined;
  const describe = (row: PreviewRow) => describeRow(row, withTitles(options.names, members.data?.titles), permissionLabel);
  const tabParam = search.get('tab');
  const tab: PreviewTab = PREVIEW_TABS.some((item) => item.value === tabParam) ? (tabParam as PreviewTab) : 'ready';

  const template = () => {
    const office = options.offices[0]?.label ?? '';
    if (version === 'v5') {
      const example = {
        office,
        otherOffice: options.offices[1]?.label,
        region: options.regions[0]?.label ?? '',
        title: members.data?.titles[0]?.label ?? '',
        profile: options.profiles.find((item) => item.value === profileDefault)?.label,
      };
      downloadCsv('invite-template-v5.csv', buildV5Template({ ...example, grantableLevels: options.grantable }));
      return;
    }
    const role = options.roles.find((item) => /agent/i.test(item.label)) ?? options.roles[0];
    const profile = options.profiles.find((item) => item.value === profileDefault);
    downloadCsv('invite-template.csv', buildV6Template({ role: role?.label ?? '', office, profile: profile?.label ?? '' }));
  };

  const send = async () => {
    if (!rows || !upload) return;
    setSending({});
    try {
      const store = await bulkJobStoreFor(owner);
      const record = await store.create(accountId, { kind: 'invite' }, jobRowsOf(rows), { headers: upload.headers, fileName: upload.fileName });
      void store.start(record.id);
      setUpload(undefined);
      void navigate(paths.job.href(record.id));
    } catch (error) {
      setSending({ error });
    }
  };

  // Columns a v6 file may leave out for a default: said once for the file when neither is there, not on every row.
  const unfilled =
    version === 'v6'
      ? V6_DEFAULTED.filter(({ column, key }) => upload && columns[column] === undefined && !defaults[key]).map(({ what }) => what)
      : [];
  const allowed = options.verdict?.allowed ?? false;
  const setDefaults = (patch: Partial<CsvDefaults>) => upload && setUpload({ ...upload, defaults: { ...defaults, ...patch } });

  return (
    <Stack gap="lg">
      {options.error !== undefined && options.error !== null && <ErrorPanel error={options.error} action="prepare the bulk invite" onRetry={options.retry} />}
      {options.verdict && !options.verdict.allowed && (
        <Alert color="yellow" title="You cannot invite people to this company" role="note">
          {options.verdict.reason}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            1. The file
          </Title>
          <Text size="sm">
            {INTRO[version]}{' '}
            <Anchor component="button" type="button" size="sm" underline="always" onClick={template} disabled={options.pending || !members.data}>
              Download a {version} template
            </Anchor>
          </Text>
          <CsvDropZone onFile={(file) => void readFile(file)} busy={reading} />
          {fileError && (
            <Alert color="red" title={`${fileError.fileName} could not be read`} role="alert">
              {fileError.error}
              {upload && ` ${upload.fileName} is still the file below.`}
            </Alert>
          )}
          {upload && (
            <Group justify="space-between">
              <Text size="sm">
                <b>{upload.fileName}</b>: {countText(upload.records.length, 'row')}, {countText(upload.headers.length, 'column')}
              </Text>
              <Button variant="subtle" size="xs" onClick={() => setUpload(undefined)}>
                Clear the file
              </Button>
            </Group>
          )}
          {upload && !kept && (
            <Alert color="yellow" title="This file is too big to keep over a reload" role="note">
              The browser keeps at most a few megabytes for this tab. Send the invites from this page; if it is reloaded or you sign in again, choose {upload.fileName} again.
            </Alert>
          )}
        </Stack>
      </Paper>

      {upload && (
        <Paper withBorder p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              2. Columns and defaults
            </Title>
            <CsvMapping
              set={set}
              headers={upload.headers}
              columns={columns}
              sample={upload.records[0]?.cells}
              onChange={(next) => setUpload({ ...upload, columns: next as Record<string, number> })}
            />
            {missing.length > 0 && (
              <Alert color="red" title="Required columns are missing" role="alert">
                {describeMissingColumns(missing, set, upload.headers)}
              </Alert>
            )}
            {unfilled.length > 0 && (
              <Alert color="yellow" title="Choose the defaults this file leaves out" role="note">
                The file has no {joined(unfilled, 'or')} column: choose a default {joined(unfilled)} below, or add the column{unfilled.length > 1 ? 's' : ''} to the file. Until then no row can be sent.
              </Alert>
            )}
            {version === 'v6' ? (
              <V6Defaults options={options} defaults={defaults} profileDefault={profileDefault} onChange={setDefaults} />
            ) : (
              <V5Defaults options={options} profileDefault={profileDefault} onChange={setDefaults} />
            )}
          </Stack>
        </Paper>
      )}

      {upload && missing.length === 0 && (
        <Paper withBorder p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              3. Preview
            </Title>
            {members.isError ? (
              <ErrorPanel error={members.error} action="read the existing members" onRetry={() => void members.refetch()} headingOrder={3} />
            ) : !rows || !counts ? (
              <Stack gap={4} aria-live="polite">
                <Text size="sm">
                  Checking existing members: {progress.loaded.toLocaleString()}
                  {progress.total !== undefined ? ` of ${progress.total.toLocaleString()}` : ''}…
                </Text>
                <Progress value={progress.total ? (progress.loaded / progress.total) * 100 : 5} aria-label="Existing members read" />
              </Stack>
            ) : (
              <>
                <Text size="sm" role="status" data-testid="preview-summary">
                  {countText(counts.total, 'row')}: {counts.ready.toLocaleString()} ready, {counts.invalid.toLocaleString()} invalid,{' '}
                  {counts.duplicate.toLocaleString()} duplicate in file, {counts.member.toLocaleString()} already a member.
                </Text>
                <CsvPreview rows={rows} describe={describe} counts={counts} tab={tab} onTab={(next) => setSearch((params) => (params.set('tab', next), params), { replace: true })} />
                {sending?.error !== undefined && <ErrorPanel error={sending.error} action="start the bulk invite" headingOrder={3} />}
                <Group justify="flex-end">
                  <Button onClick={() => void send()} disabled={!allowed || counts.ready === 0} loading={sending !== undefined && sending.error === undefined}>
                    Send {countText(counts.ready, 'invite')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Paper>
      )}
      <Text size="sm" c="dimmed">
        {kept ? 'The file stays in this tab until you send it, so a reload loses nothing. ' : ''}Invites are sent as a <Anchor component={Link} to={paths.jobs.href()} inherit style={{ textDecoration: 'underline' }}>bulk job</Anchor> you can pause and resume.
      </Text>
    </Stack>
  );
}

type DefaultsProps = { options: InviteOptions; defaults: CsvDefaults; profileDefault: string | null; onChange: (patch: Partial<CsvDefaults>) => void };

/** v5 files may leave out a Manager's or Agent's profile: this fills it in, or the service does when there is no list. */
function V5Defaults({ options, profileDefault, onChange }: Omit<DefaultsProps, 'defaults'>) {
  if (options.profilesUnavailable) {
    return (
      <Text size="sm" c="dimmed">
        The eSignature permission profiles could not be read: Managers and Agents whose profile cell is empty get the service&apos;s default (DS Sender).
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed">
        Used for Managers and Agents whose eSignature profile cell is empty or whose file has no such column.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="eSignature permission profile" required data={options.profiles} value={profileDefault} allowDeselect={false} onChange={(value) => onChange({ eSignPermissionProfileId: value })} />
      </SimpleGrid>
    </>
  );
}

/** v6 files may leave out the role, level, default office and profile: these fill them in. */
function V6Defaults({ options, defaults, profileDefault, onChange }: DefaultsProps) {
  return (
    <>
      <Text size="sm" c="dimmed">
        Used for rows whose cell is empty or whose column is not in the file.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="eSignature permission profile" required data={options.profiles} value={profileDefault} allowDeselect={false} onChange={(value) => onChange({ eSignPermissionProfileId: value })} />
        <Select label="Default role" clearable data={options.roles} value={defaults.roleId} onChange={(value) => onChange({ roleId: value })} />
        <Select
          label="Default access level"
          clearable
          data={INVITE_LEVELS.map((level) => ({ value: level, label: level, disabled: !options.grantable.includes(level) }))}
          value={defaults.accessLevel}
          onChange={(value) => onChange({ accessLevel: value })}
        />
        <Select label="Default office" clearable searchable data={options.offices} value={defaults.defaultOfficeId} onChange={(value) => onChange({ defaultOfficeId: value })} />
      </SimpleGrid>
    </>
  );
}
