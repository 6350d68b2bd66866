/**
 * Hand-written offices and regions, so addresses look real and stay the same whatever the seed. Phone numbers
 * use the 555-01xx range reserved for fiction; street addresses are invented.
 */
export type OfficeSeed = {
  name: string;
  address1: string;
  address2?: string;
  city: string;
  stateId: string;
  postalCode: string;
  timeZoneId: 'eastern' | 'central' | 'mountain' | 'pacific';
  phone: string;
  /** How many members land here relative to other offices. */
  weight: number;
};

export type RegionSeed = { name: string; offices: OfficeSeed[] };

/** Harbor & Pine Realty: Northeast is the big region, so region- and office-scoped views have plenty to show. */
export const HARBOR_REGIONS: RegionSeed[] = [
  {
    name: 'Northeast',
    offices: [
      { name: 'Boston Downtown', address1: '100 Federal Street', address2: 'Suite 1200', city: 'Boston', stateId: 'US-MA', postalCode: '02110', timeZoneId: 'eastern', phone: '(617) 555-0142', weight: 5 },
      { name: 'Cambridge', address1: '245 Massachusetts Avenue', city: 'Cambridge', stateId: 'US-MA', postalCode: '02139', timeZoneId: 'eastern', phone: '(617) 555-0178', weight: 3 },
      { name: 'Providence', address1: '50 Kennedy Plaza', address2: 'Floor 4', city: 'Providence', stateId: 'US-RI', postalCode: '02903', timeZoneId: 'eastern', phone: '(401) 555-0113', weight: 2 },
      { name: 'Hartford', address1: '280 Trumbull Street', city: 'Hartford', stateId: 'US-CT', postalCode: '06103', timeZoneId: 'eastern', phone: '(860) 555-0165', weight: 2 },
      { name: 'Worcester', address1: '370 Main Street', address2: 'Suite 650', city: 'Worcester', stateId: 'US-MA', postalCode: '01608', timeZoneId: 'eastern', phone: '(508) 555-0121', weight: 2 },
      { name: 'New Haven', address1: '157 Church Street', city: 'New Haven', stateId: 'US-CT', postalCode: '06510', timeZoneId: 'eastern', phone: '(203) 555-0187', weight: 2 },
    ],
  },
  {
    name: 'West',
    offices: [
      { name: 'San Diego', address1: '401 West A Street', address2: 'Suite 900', city: 'San Diego', stateId: 'US-CA', postalCode: '92101', timeZoneId: 'pacific', phone: '(619) 555-0139', weight: 1 },
      { name: 'Los Angeles Westside', address1: '11150 Santa Monica Boulevard', city: 'Los Angeles', stateId: 'US-CA', postalCode: '90025', timeZoneId: 'pacific', phone: '(310) 555-0104', weight: 1 },
      { name: 'San Francisco', address1: '455 Market Street', address2: 'Floor 11', city: 'San Francisco', stateId: 'US-CA', postalCode: '94105', timeZoneId: 'pacific', phone: '(415) 555-0156', weight: 1 },
      { name: 'Seattle', address1: '1420 Fifth Avenue', city: 'Seattle', stateId: 'US-WA', postalCode: '98101', timeZoneId: 'pacific', phone: '(206) 555-0172', weight: 1 },
      { name: 'Portland', address1: '805 SW Broadway', address2: 'Suite 300', city: 'Portland', stateId: 'US-OR', postalCode: '97205', timeZoneId: 'pacific', phone: '(503) 555-0118', weight: 1 },
    ],
  },
  {
    name: 'Southeast',
    offices: [
      { name: 'Miami Brickell', address1: '1221 Brickell Avenue', city: 'Miami', stateId: 'US-FL', postalCode: '33131', timeZoneId: 'eastern', phone: '(305) 555-0147', weight: 1 },
      { name: 'Atlanta Midtown', address1: '1075 Peachtree Street NE', address2: 'Suite 2100', city: 'Atlanta', stateId: 'US-GA', postalCode: '30309', timeZoneId: 'eastern', phone: '(404) 555-0193', weight: 1 },
      { name: 'Charlotte', address1: '301 South Tryon Street', city: 'Charlotte', stateId: 'US-NC', postalCode: '28282', timeZoneId: 'eastern', phone: '(704) 555-0126', weight: 1 },
      { name: 'Orlando', address1: '255 South Orange Avenue', city: 'Orlando', stateId: 'US-FL', postalCode: '32801', timeZoneId: 'eastern', phone: '(407) 555-0161', weight: 1 },
      { name: 'Nashville', address1: '501 Commerce Street', address2: 'Suite 1500', city: 'Nashville', stateId: 'US-TN', postalCode: '37203', timeZoneId: 'central', phone: '(615) 555-0134', weight: 1 },
    ],
  },
  {
    name: 'Midwest',
    offices: [
      { name: 'Chicago Loop', address1: '71 South Wacker Drive', address2: 'Suite 3400', city: 'Chicago', stateId: 'US-IL', postalCode: '60606', timeZoneId: 'central', phone: '(312) 555-0108', weight: 1 },
      { name: 'Minneapolis', address1: '80 South Eighth Street', city: 'Minneapolis', stateId: 'US-MN', postalCode: '55402', timeZoneId: 'central', phone: '(612) 555-0151', weight: 1 },
      { name: 'Columbus', address1: '41 South High Street', city: 'Columbus', stateId: 'US-OH', postalCode: '43215', timeZoneId: 'eastern', phone: '(614) 555-0185', weight: 1 },
      { name: 'Detroit', address1: '500 Woodward Avenue', address2: 'Floor 7', city: 'Detroit', stateId: 'US-MI', postalCode: '48226', timeZoneId: 'eastern', phone: '(313) 555-0129', weight: 1 },
      { name: 'St. Louis', address1: '211 North Broadway', city: 'St. Louis', stateId: 'US-MO', postalCode: '63102', timeZoneId: 'central', phone: '(314) 555-0177', weight: 1 },
    ],
  },
  {
    name: 'Mountain',
    offices: [
      { name: 'Denver', address1: '1700 Lincoln Street', address2: 'Suite 2000', city: 'Denver', stateId: 'US-CO', postalCode: '80203', timeZoneId: 'mountain', phone: '(303) 555-0115', weight: 1 },
      { name: 'Phoenix', address1: '2 North Central Avenue', city: 'Phoenix', stateId: 'US-AZ', postalCode: '85004', timeZoneId: 'mountain', phone: '(602) 555-0168', weight: 1 },
      { name: 'Salt Lake City', address1: '222 South Main Street', city: 'Salt Lake City', stateId: 'US-UT', postalCode: '84101', timeZoneId: 'mountain', phone: '(801) 555-0132', weight: 1 },
      { name: 'Boise', address1: '101 South Capitol Boulevard', address2: 'Suite 400', city: 'Boise', stateId: 'US-ID', postalCode: '83702', timeZoneId: 'mountain', phone: '(208) 555-0190', weight: 1 },
    ],
  },
];

/** Cedar Classic Homes: a small regional brokerage. */
export const CEDAR_REGIONS: RegionSeed[] = [
  {
    name: 'Central',
    offices: [
      { name: 'Springfield', address1: '742 Evergreen Avenue', city: 'Springfield', stateId: 'US-IL', postalCode: '62704', timeZoneId: 'central', phone: '(217) 555-0111', weight: 3 },
      { name: 'Shelbyville', address1: '19 Lincoln Square', city: 'Shelbyville', stateId: 'US-IL', postalCode: '62565', timeZoneId: 'central', phone: '(217) 555-0184', weight: 2 },
    ],
  },
  {
    name: 'Lakeshore',
    offices: [
      { name: 'Peoria', address1: '401 Main Street', address2: 'Suite 210', city: 'Peoria', stateId: 'US-IL', postalCode: '61602', timeZoneId: 'central', phone: '(309) 555-0153', weight: 1 },
      { name: 'Rockford', address1: '120 West State Street', city: 'Rockford', stateId: 'US-IL', postalCode: '61101', timeZoneId: 'central', phone: '(815) 555-0196', weight: 1 },
    ],
  },
];
