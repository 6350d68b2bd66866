import type { ClassicInvite, UserToInvite } from '@/api/invites/schemas';

/** Names for the ids a form holds, so the review reads in words, not numbers. */
export type Names = {
  role: (id: number) => string;
  office: (id: number) => string;
  region: (id: number) => string;
  profile: (id: string) => string;
  title: (id: number) => string;
  /** The region an office is in, for what the service adds along with a default office. */
  regionOfOffice?: (officeId: number) => number | undefined;
};

/** "a", "a and b", "a, b and c" (or "or"). */
export const joined = (items: readonly string[], conjunction = 'and') =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;

/** The names with a v5 title's label from the titles known, else "Title 7101". */
export const withTitles = (names: Omit<Names, 'title'>, titles: readonly { value: string; label: string }[] | undefined): Names => ({
  ...names,
  title: (id) => titles?.find((title) => title.value === String(id))?.label ?? `Title ${id}`,
});

const who = (body: { firstName: string; lastName: string; email: string }) => `${body.firstName} ${body.lastName} (${body.email})`;

/** "Invite Ada Agent (ada@…) as Agent, Contributor, default office Cambridge, eSignature profile DS Sender." */
export function describeV6(body: UserToInvite, names: Names): string[] {
  const lines = [
    `Invite ${who(body)} as ${names.role(body.roleId)}, ${body.accessLevel}, default office ${names.office(body.defaultOfficeId)}, eSignature profile ${names.profile(body.eSignPermissionProfileId)}.`,
  ];
  const others = (body.offices ?? []).filter((id) => id !== body.defaultOfficeId);
  if (others.length > 0) lines.push(`Also a member of ${joined(others.map(names.office))}.`);
  if (body.regions?.length) {
    // Rooms puts a Region member in their default office's region too, chosen or not.
    const home = body.accessLevel === 'Region' ? names.regionOfOffice?.(body.defaultOfficeId) : undefined;
    const added = home !== undefined && !body.regions.includes(home) ? home : undefined;
    const also = added === undefined ? '' : ` (${names.region(added)} comes with the default office ${names.office(body.defaultOfficeId)})`;
    lines.push(`Oversees ${joined([...body.regions, ...(added === undefined ? [] : [added])].map(names.region))}${also}.`);
  }
  lines.push(body.subscribeToRoomsActivityNotifications === false ? 'No room activity notifications.' : 'Gets room activity notifications.');
  return lines;
}

const classicProfile = (body: { eSignPermissionProfileId?: string }, names: Names) =>
  body.eSignPermissionProfileId
    ? `eSignature profile ${names.profile(body.eSignPermissionProfileId)}.`
    : "eSignature profile: the service's default (DS Sender).";

export function describeV5(request: ClassicInvite, names: Names, permissionLabel: (name: string) => string): string[] {
  const { body } = request;
  switch (request.type) {
    case 'Admin':
      return [`Invite ${who(body)} as a classic Admin, with access to the whole company.`];
    case 'Agent':
      return [`Invite ${who(request.body)} as an Agent in ${names.office(request.body.officeId)}.`, classicProfile(request.body, names)];
    case 'Manager': {
      const manager = request.body;
      const lines = [
        `Invite ${who(manager)} as a Manager (${names.title(manager.titleId)}), ${manager.accessLevel} level, default office ${names.office(manager.defaultOfficeId)}.`,
      ];
      const others = (manager.offices ?? []).filter((id) => id !== manager.defaultOfficeId);
      if (others.length > 0) lines.push(`Also a member of ${joined(others.map(names.office))}.`);
      if (manager.regions?.length) lines.push(`Oversees ${joined(manager.regions.map(names.region))}.`);
      const granted = Object.entries(manager.permissions)
        .filter(([, on]) => on)
        .map(([name]) => permissionLabel(name));
      lines.push(granted.length > 0 ? `Permissions: ${joined(granted)}.` : 'No manager permissions.');
      lines.push(classicProfile(manager, names));
      return lines;
    }
  }
}

/** The review of one file row, said of the row rather than the person: "As Agent, Contributor, default office …". */
export function describeRow(request: { invite?: UserToInvite; classic?: ClassicInvite }, names: Names, permissionLabel: (name: string) => string): string | undefined {
  const body = request.invite ?? request.classic?.body;
  if (!body) return undefined;
  const lines = request.invite ? describeV6(request.invite, names) : describeV5(request.classic!, names, permissionLabel);
  const subject = `Invite ${who(body)} as `;
  return lines.map((line) => (line.startsWith(subject) ? `As ${line.slice(subject.length)}` : line)).join(' ');
}
