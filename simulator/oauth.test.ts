import { createHash, randomBytes } from 'node:crypto';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CEDAR_ACCOUNT_ID, HARBOR, HARBOR_ACCOUNT_ID, startTestSimulator, type TestSimulator } from './test-support';

const CLIENT_ID = 'rooms-admin-local';
const SECRET = 'rooms-admin-local-secret';
const REDIRECT = 'http://localhost:4000/auth/callback';
const ADMIN_SUB = '4c1f8a2e-6b3d-4f9a-8e2c-5d7b1a9f3e60';
const BASIC = `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`;

const TokenResponse = z.strictObject({
  access_token: z.string().min(20),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  refresh_token: z.string().min(20).optional(),
  scope: z.string(),
});
const OAuthError = z.strictObject({ error: z.string(), error_description: z.string() });

let sim: TestSimulator;
let privateKey: CryptoKey;
let skewMs = 0;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  sim = await startTestSimulator({
    jwtPublicKey: await exportSPKI(pair.publicKey),
    redirectUris: [REDIRECT, 'http://localhost:5173/auth/callback'],
    clock: () => Date.now() + skewMs,
  });
});
afterAll(() => sim.close());

const pkce = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

function authorizeParams(overrides: Record<string, string | undefined> = {}, challenge = pkce().challenge): URLSearchParams {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT,
    scope: 'signature dtr.rooms.read dtr.company.read',
    state: 'st-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  };
  return new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Posts the sign-in form as a browser would after a click on the identity's button. */
async function chooseIdentity(email: string, params: URLSearchParams): Promise<Response> {
  const form = new URLSearchParams(params);
  form.set('email', email);
  return fetch(`${sim.url}/oauth/auth`, { method: 'POST', body: form, redirect: 'manual' });
}

async function codeFor(email: string, challenge: string, overrides: Record<string, string> = {}): Promise<string> {
  const response = await chooseIdentity(email, authorizeParams(overrides, challenge));
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get('Location') ?? '');
  expect(location.searchParams.get('state')).toBe('st-123');
  return location.searchParams.get('code') ?? '';
}

/** `auth` null sends no Authorization header. */
function token(form: Record<string, string>, auth: string | null = BASIC): Promise<Response> {
  return fetch(`${sim.url}/oauth/token`, {
    method: 'POST',
    headers: auth === null ? {} : { Authorization: auth },
    body: new URLSearchParams(form),
  });
}

async function oauthError(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  return OAuthError.parse(await response.json()).error;
}

describe('authorization page', () => {
  it('shows an accessible page listing the sign-in identities as buttons named by email', async () => {
    const response = await fetch(`${sim.url}/oauth/auth?${authorizeParams()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const html = await response.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<main>[\s\S]*<h1>Sign in<\/h1>[\s\S]*<\/main>/);
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).not.toMatch(/<script|<link|src="http/);
    const buttons = [...html.matchAll(/<button class="identity"[^>]*>(.*?)<\/button>/g)].map((match) => match[1]?.replace(/<wbr>/g, ''));
    expect(buttons).toEqual(
      expect.arrayContaining([
        'admin@harborpine.example',
        'rita.region@harborpine.example',
        'omar.office@harborpine.example',
        'alex.agent@harborpine.example',
        'mona.manager@cedarclassic.example',
        'milo.manager@cedarclassic.example',
      ]),
    );
  });

  it.each([
    ['an unregistered redirect_uri', { redirect_uri: 'https://evil.example/cb' }],
    ['an unknown client_id', { client_id: 'someone-else' }],
  ])('shows an error page and never redirects for %s', async (_label, overrides) => {
    for (const response of [
      await fetch(`${sim.url}/oauth/auth?${authorizeParams(overrides)}`, { redirect: 'manual' }),
      await chooseIdentity('admin@harborpine.example', authorizeParams(overrides)),
    ]) {
      expect(response.status).toBe(400);
      expect(response.headers.get('Location')).toBeNull();
      expect(await response.text()).toContain('role="alert"');
    }
  });

  it('sends a request without an S256 PKCE challenge back to the client with invalid_request', async () => {
    for (const overrides of [{ code_challenge: undefined }, { code_challenge_method: 'plain' }]) {
      const response = await fetch(`${sim.url}/oauth/auth?${authorizeParams(overrides)}`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      const location = new URL(response.headers.get('Location') ?? '');
      expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
      expect(location.searchParams.get('error')).toBe('invalid_request');
      expect(location.searchParams.get('state')).toBe('st-123');
    }
  });

  it('returns access_denied when the user cancels', async () => {
    const form = authorizeParams();
    form.set('cancel', '1');
    const response = await fetch(`${sim.url}/oauth/auth`, { method: 'POST', body: form, redirect: 'manual' });
    expect(new URL(response.headers.get('Location') ?? '').searchParams.get('error')).toBe('access_denied');
  });
});

describe('authorization code grant with PKCE', () => {
  it('signs in end to end: code, token, userinfo, then a Rooms API call', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('admin@harborpine.example', challenge);
    const response = await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const tokens = TokenResponse.parse(await response.json());
    expect(tokens).toMatchObject({ expires_in: 3600, scope: 'signature dtr.rooms.read dtr.company.read' });
    expect(tokens.refresh_token).toBeDefined();

    const userinfo = await fetch(`${sim.url}/oauth/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(await userinfo.json()).toEqual({
      sub: ADMIN_SUB,
      name: 'Avery Stone',
      given_name: 'Avery',
      family_name: 'Stone',
      created: expect.any(String),
      email: 'admin@harborpine.example',
      accounts: [
        { account_id: HARBOR_ACCOUNT_ID, account_name: 'Harbor & Pine Realty', is_default: true, base_uri: 'https://demo.docusign.net' },
        { account_id: CEDAR_ACCOUNT_ID, account_name: 'Cedar Classic Homes', is_default: false, base_uri: 'https://demo.docusign.net' },
      ],
    });
    expect((await sim.callWithToken(tokens.access_token, HARBOR)).status).toBe(200);
  });

  it('takes the client credentials in the body too, and refuses a wrong secret with 401', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('alex.agent@harborpine.example', challenge);
    const base = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier };
    const wrong = `Basic ${Buffer.from(`${CLIENT_ID}:nope`).toString('base64')}`;
    expect(await oauthError(await token(base, wrong), 401)).toBe('invalid_client');
    expect(await oauthError(await token(base, null), 401)).toBe('invalid_client');
    const response = await token({ ...base, client_id: CLIENT_ID, client_secret: SECRET }, null);
    expect(response.status).toBe(200);
  });

  it('refuses a wrong code_verifier, a different redirect_uri, a reused code and an expired code', async () => {
    const first = pkce();
    const badVerifier = await codeFor('admin@harborpine.example', first.challenge);
    const form = (code: string, verifier: string, redirect = REDIRECT) => ({ grant_type: 'authorization_code', code, redirect_uri: redirect, code_verifier: verifier });
    expect(await oauthError(await token(form(badVerifier, pkce().verifier)), 400)).toBe('invalid_grant');

    const second = pkce();
    const otherRedirect = await codeFor('admin@harborpine.example', second.challenge);
    expect(await oauthError(await token(form(otherRedirect, second.verifier, 'http://localhost:5173/auth/callback')), 400)).toBe('invalid_grant');

    const third = pkce();
    const once = await codeFor('admin@harborpine.example', third.challenge);
    expect((await token(form(once, third.verifier))).status).toBe(200);
    expect(await oauthError(await token(form(once, third.verifier)), 400)).toBe('invalid_grant');

    const fourth = pkce();
    const late = await codeFor('admin@harborpine.example', fourth.challenge);
    skewMs += 5 * 60_000;
    expect(await oauthError(await token(form(late, fourth.verifier)), 400)).toBe('invalid_grant');
  });

  it('refuses an unknown grant type', async () => {
    expect(await oauthError(await token({ grant_type: 'password' }), 400)).toBe('unsupported_grant_type');
  });
});

describe('refresh token grant', () => {
  it('issues a new access token that works, for the same identity', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('rita.region@harborpine.example', challenge);
    const first = TokenResponse.parse(
      await (await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier })).json(),
    );
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token ?? '' });
    expect(refreshed.status).toBe(200);
    const second = TokenResponse.parse(await refreshed.json());
    expect(second.access_token).not.toBe(first.access_token);
    const userinfo = await fetch(`${sim.url}/oauth/userinfo`, { headers: { Authorization: `Bearer ${second.access_token}` } });
    expect(((await userinfo.json()) as { email: string }).email).toBe('rita.region@harborpine.example');
    expect(await oauthError(await token({ grant_type: 'refresh_token', refresh_token: 'bogus' }), 400)).toBe('invalid_grant');
  });
});

describe('JWT bearer grant', () => {
  const host = () => new URL(sim.url).host;
  const assertion = (claims: Record<string, unknown>, overrides: { aud?: string; iss?: string; sub?: string; key?: CryptoKey } = {}) =>
    new SignJWT({ scope: 'signature impersonation dtr.company.read', ...claims })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(overrides.iss ?? CLIENT_ID)
      .setSubject(overrides.sub ?? ADMIN_SUB)
      .setAudience(overrides.aud ?? host())
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(overrides.key ?? privateKey);
  const grant = async (jwt: string) =>
    token({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt }, null);

  it('issues an access token (and no refresh token) for a valid assertion', async () => {
    skewMs = 0;
    const response = await grant(await assertion({}));
    expect(response.status).toBe(200);
    const tokens = TokenResponse.parse(await response.json());
    expect(tokens.refresh_token).toBeUndefined();
    expect((await sim.callWithToken(tokens.access_token, `${HARBOR}/users?count=1`)).status).toBe(200);
  });

  it('refuses a wrong audience, issuer, key or subject with invalid_grant', async () => {
    const other = await generateKeyPair('RS256');
    expect(await oauthError(await grant(await assertion({}, { aud: 'account-d.docusign.com' })), 400)).toBe('invalid_grant');
    expect(await oauthError(await grant(await assertion({}, { iss: 'someone-else' })), 400)).toBe('invalid_grant');
    expect(await oauthError(await grant(await assertion({}, { key: other.privateKey })), 400)).toBe('invalid_grant');
    expect(await oauthError(await grant(await assertion({}, { sub: '00000000-0000-4000-8000-000000000000' })), 400)).toBe('invalid_grant');
    expect(await oauthError(await grant('not.a.jwt'), 400)).toBe('invalid_grant');
  });

  it('asks for consent when the impersonation scope is missing', async () => {
    expect(await oauthError(await grant(await assertion({ scope: 'signature' })), 400)).toBe('consent_required');
  });

  it('is refused when no public key is configured', async () => {
    const bare = await startTestSimulator();
    try {
      const response = await fetch(`${bare.url}/oauth/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: await assertion({}, { aud: new URL(bare.url).host }) }),
      });
      expect(await oauthError(response, 400)).toBe('unauthorized_client');
    } finally {
      await bare.close();
    }
  });
});

describe('userinfo', () => {
  it('refuses a missing or unknown token', async () => {
    expect((await fetch(`${sim.url}/oauth/userinfo`)).status).toBe(401);
    expect((await fetch(`${sim.url}/oauth/userinfo`, { headers: { Authorization: 'Bearer nope' } })).status).toBe(401);
  });
});
