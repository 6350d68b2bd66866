/** Small building blocks shared by the two company generators. */
import type { Faker } from '@faker-js/faker';
import type { RegionSeed } from './seed-locations';
import { TRANSACTION_SIDES, type Member, type Office, type Region, type RoomParticipant } from './types';

export type Locations = { regions: Region[]; offices: Office[]; weights: Map<number, number> };

/** Turns the location tables into records with fixed ids, in table order. */
export function buildLocations(seeds: RegionSeed[], firstRegionId: number, firstOfficeId: number, createdDate: string): Locations {
  const regions: Region[] = [];
  const offices: Office[] = [];
  const weights = new Map<number, number>();
  seeds.forEach((regionSeed, regionIndex) => {
    const regionId = firstRegionId + regionIndex;
    regions.push({ regionId, name: regionSeed.name, createdDate });
    for (const { weight, ...office } of regionSeed.offices) {
      const officeId = firstOfficeId + offices.length;
      offices.push({ ...office, officeId, regionId, countryId: 'US', createdDate });
      weights.set(officeId, weight);
    }
  });
  return { regions, offices, weights };
}

/** Picks an office id with the table's weights. */
export function pickOffice(faker: Faker, locations: Locations): Office {
  return faker.helpers.weightedArrayElement(
    locations.offices.map((office) => ({ value: office, weight: locations.weights.get(office.officeId) ?? 1 })),
  );
}

/** Names with letters beyond ASCII, so sorting, filtering and CSV export meet them in the seeded data too. */
const WIDER_NAMES: [string, string][] = [
  ['José', 'Muñoz'],
  ['Zoë', 'Brontë'],
  ['Chloé', 'Dubois'],
  ['Søren', 'Åberg'],
  ['Anaïs', 'Lefèvre'],
  ['Björn', 'Östlund'],
  ['Renée', 'Côté'],
  ['Iñaki', 'Ibáñez'],
];

export function personName(faker: Faker): { firstName: string; lastName: string } {
  if (faker.number.float() < 0.02) {
    const [firstName, lastName] = faker.helpers.arrayElement(WIDER_NAMES);
    return { firstName, lastName };
  }
  return { firstName: faker.person.firstName(), lastName: faker.person.lastName() };
}

/** ASCII local part from a name: accents dropped, anything else that email would reject removed. */
function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** `first.last@domain`, with a number appended when taken; `taken` holds lower-cased addresses. */
export function uniqueEmail(firstName: string, lastName: string, domain: string, taken: Set<string>): string {
  const base = `${slug(firstName) || 'member'}.${slug(lastName) || 'member'}`;
  let candidate = `${base}@${domain}`;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}${n}@${domain}`;
  taken.add(candidate);
  return candidate;
}

/** A date between two fixed instants, so the seed does not depend on when it runs. */
export function pastDate(faker: Faker, from: string, to: string): string {
  return faker.date.between({ from, to }).toISOString();
}

/** The owner is the room's first user, on a side that varies from room to room. */
export function ownerInRoom(owner: Member, roleId: number, index: number): RoomParticipant {
  return {
    userId: owner.userId,
    email: owner.email,
    firstName: owner.firstName,
    lastName: owner.lastName,
    roleId,
    transactionSideId: TRANSACTION_SIDES[index % TRANSACTION_SIDES.length] ?? 'sell',
  };
}
