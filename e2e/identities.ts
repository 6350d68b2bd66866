/** Sign-in identities of the simulator's fixed seed (rooms-api/DECISIONS.md). */
export const ADMIN = 'admin@harborpine.example';
export const REGION_MANAGER = 'rita.region@harborpine.example';
export const OFFICE_MANAGER = 'omar.office@harborpine.example';
export const AGENT = 'alex.agent@harborpine.example';

export const V6_COMPANY = 'Harbor & Pine Realty';
export const V5_COMPANY = 'Cedar Classic Homes';
/** The Northeast region's offices: the fixed core's two, plus those the seed generator puts there. */
export const NORTHEAST_OFFICES = ['Boston Downtown', 'Cambridge', 'Providence', 'Hartford', 'Worcester', 'New Haven'];
