/**
 * The deterministic seed: both companies from one number, so tests and screenshots see the same data every
 * run. Each company gets its own stream of randomness, so growing Harbor & Pine never changes Cedar.
 */
import { faker } from '@faker-js/faker/locale/en_US';
import type { Company } from './company';
import { CEDAR_ACCOUNT_ID, seedCedar } from './seed-cedar';
import { HARBOR_ACCOUNT_ID, HARBOR_DEFAULT_USERS, seedHarbor } from './seed-harbor';

export { CEDAR_ACCOUNT_ID, HARBOR_ACCOUNT_ID, HARBOR_DEFAULT_USERS };
export { HARBOR_MIN_USERS } from './seed-harbor';

export const DEFAULT_SEED = 20_250_601;

export type SeedOptions = {
  /** Size of the v6 company (Harbor & Pine); default 1,200. */
  users?: number;
  /** Changes the generated members and rooms; the fixed core stays as it is. */
  seed?: number;
};

/** Companies in the order userinfo lists them; the first one an identity belongs to is its default. */
export function seedCompanies(options: SeedOptions = {}): Company[] {
  const seed = options.seed ?? DEFAULT_SEED;
  faker.seed(seed);
  const harbor = seedHarbor(faker, options.users ?? HARBOR_DEFAULT_USERS);
  faker.seed(seed + 1);
  const cedar = seedCedar(faker);
  return [harbor, cedar];
}

/** DocuSign user GUIDs (`sub`) of the fixed identities; everyone else gets one derived from their email. */
export const FIXED_SUBS: Readonly<Record<string, string>> = {
  'admin@harborpine.example': '4c1f8a2e-6b3d-4f9a-8e2c-5d7b1a9f3e60',
  'rita.region@harborpine.example': '8e2d4b6a-1c3f-4a7e-9b5d-2f6e8a1c4b73',
  'omar.office@harborpine.example': '1a7c3e9b-5d2f-4b8a-a6e4-9c3b7d1f5e82',
  'alex.agent@harborpine.example': '6f4b2d8e-3a1c-4e7b-8d9f-1b5a3c7e9d91',
  'mona.manager@cedarclassic.example': '3b9e1f7a-2c5d-4a8b-b4e6-7d1f9c3a5b24',
  'milo.manager@cedarclassic.example': '9d5a3c1e-7b2f-4d6a-9e8b-3a5c1f7d9e35',
  'abby.agent@cedarclassic.example': '2e8c6a4f-9d1b-4c3e-a7f5-6b2d8e4a1c46',
};

/** The identities the sign-in page offers, with what each one is for. */
export const SIGN_IN_IDENTITIES: readonly { email: string; description: string }[] = [
  { email: 'admin@harborpine.example', description: 'Default Admin (Company) · Harbor & Pine Realty, and Admin at Cedar Classic Homes' },
  { email: 'rita.region@harborpine.example', description: 'Regional Manager (Region: Northeast) · Harbor & Pine Realty' },
  { email: 'omar.office@harborpine.example', description: 'Office Manager (Office: Cambridge) · Harbor & Pine Realty' },
  { email: 'alex.agent@harborpine.example', description: 'Agent (Contributor) · Harbor & Pine Realty' },
  { email: 'mona.manager@cedarclassic.example', description: 'Manager, may manage members (Region: Central) · Cedar Classic Homes' },
  { email: 'milo.manager@cedarclassic.example', description: 'Manager, may not manage members (Office: Springfield) · Cedar Classic Homes' },
  { email: 'abby.agent@cedarclassic.example', description: 'Agent · Cedar Classic Homes' },
];
