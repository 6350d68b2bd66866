/**
 * All simulated data: the companies and the DocuSign identities behind their members. An identity is a person
 * with one login; it belongs to every company that has a member with its email. The store object stays the
 * same across resets (handlers and tests keep their reference); only its contents are replaced.
 */
import { createHash } from 'node:crypto';
import type { Company } from './company';
import { DEFAULT_SEED, FIXED_SUBS, HARBOR_DEFAULT_USERS, seedCompanies, type SeedOptions } from './seed';

export type Identity = {
  sub: string;
  email: string;
  name: string;
  givenName: string;
  familyName: string;
  created: string;
};

export class Store {
  private companyList: Company[] = [];
  private seedOptions: Required<SeedOptions> = { users: HARBOR_DEFAULT_USERS, seed: DEFAULT_SEED };
  private subIndex: { revision: string; emails: Map<string, string> } | undefined;

  constructor(options: SeedOptions = {}) {
    this.load(options);
  }

  /** Replaces every company with a fresh seed. */
  load(options: SeedOptions = {}): void {
    this.seedOptions = { users: options.users ?? HARBOR_DEFAULT_USERS, seed: options.seed ?? DEFAULT_SEED };
    this.companyList = seedCompanies(this.seedOptions);
    this.subIndex = undefined;
  }

  get options(): Required<SeedOptions> {
    return this.seedOptions;
  }

  get companies(): readonly Company[] {
    return this.companyList;
  }

  /** Account GUIDs compare case-insensitively, as GUIDs do. */
  company(accountId: string): Company | undefined {
    const wanted = accountId.toLowerCase();
    return this.companyList.find((company) => company.accountId === wanted);
  }

  /** The companies the identity belongs to, default first. */
  accountsOf(email: string): Company[] {
    return this.companyList.filter((company) => company.userByEmail(email) !== undefined);
  }

  identityByEmail(email: string): Identity | undefined {
    const [first] = this.accountsOf(email);
    const member = first?.userByEmail(email);
    if (!member) return undefined;
    return {
      sub: subFor(member.email),
      email: member.email,
      name: `${member.firstName} ${member.lastName}`,
      givenName: member.firstName,
      familyName: member.lastName,
      created: member.createdDate,
    };
  }

  identityBySub(sub: string): Identity | undefined {
    const email = this.emailsBySub().get(sub.toLowerCase());
    return email === undefined ? undefined : this.identityByEmail(email);
  }

  /** Built on first use and again after members change, since hashing every email costs a few milliseconds. */
  private emailsBySub(): Map<string, string> {
    const revision = this.companyList.map((company) => company.revision).join('.');
    if (this.subIndex?.revision === revision) return this.subIndex.emails;
    const emails = new Map<string, string>();
    for (const company of this.companyList) {
      for (const { member } of company.usersInOrder('userId')) emails.set(subFor(member.email), member.email.toLowerCase());
    }
    this.subIndex = { revision, emails };
    return emails;
  }
}

/** A fixed GUID for the core identities, otherwise a stable one derived from the email (UUID v5 layout). */
export function subFor(email: string): string {
  const key = email.toLowerCase();
  const fixed = FIXED_SUBS[key];
  if (fixed) return fixed;
  const hex = createHash('sha1').update(`rooms-simulator:${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
