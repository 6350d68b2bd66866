/**
 * POST /oauth/token with DocuSign's grants: authorization_code (with PKCE), refresh_token, and the JWT bearer
 * grant for headless use. Errors use OAuth's `{ error, error_description }` shape, 400, or 401 for a bad client.
 */
import type { Request, RequestHandler, Response } from 'express';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { SimulatorContext } from './context';
import type { Grant } from './tokens';
import { verifierMatches } from './tokens';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

const invalidGrant = (description: string): OAuthError => new OAuthError(400, 'invalid_grant', description);

export function tokenEndpoint(sim: SimulatorContext): RequestHandler {
  return async (req: Request, res: Response) => {
    res.set({ 'Cache-Control': 'no-store', Pragma: 'no-cache' });
    try {
      const body = formOf(req);
      const grantType = body.grant_type ?? '';
      let grant: Grant;
      let refresh = true;
      if (grantType === 'authorization_code') {
        authenticateClient(sim, req, body);
        grant = redeemCode(sim, body);
      } else if (grantType === 'refresh_token') {
        authenticateClient(sim, req, body);
        grant = redeemRefreshToken(sim, body);
      } else if (grantType === JWT_BEARER) {
        // The signed assertion is the client's proof; DocuSign issues no refresh token for this grant.
        grant = await verifyAssertion(sim, req, body.assertion ?? '');
        refresh = false;
      } else {
        throw new OAuthError(400, 'unsupported_grant_type', `The grant_type '${grantType}' is not supported.`);
      }
      const issued = sim.tokens.issue(grant, { refresh });
      res.json({
        access_token: issued.accessToken,
        token_type: 'Bearer',
        expires_in: issued.expiresIn,
        ...(issued.refreshToken === undefined ? {} : { refresh_token: issued.refreshToken }),
        scope: grant.scope,
      });
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      if (error.status === 401) res.set('WWW-Authenticate', 'Basic realm="oauth"');
      res.status(error.status).json({ error: error.error, error_description: error.message });
    }
  };
}

function formOf(req: Request): Record<string, string | undefined> {
  if (!req.is('application/x-www-form-urlencoded') || typeof req.body !== 'object' || req.body === null) {
    throw new OAuthError(400, 'invalid_request', 'Send the parameters as application/x-www-form-urlencoded.');
  }
  const form: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.body as Record<string, unknown>)) {
    if (typeof value === 'string') form[name] = value;
  }
  return form;
}

/** HTTP Basic `client_id:client_secret` as DocuSign documents, or the same two fields in the body. */
function authenticateClient(sim: SimulatorContext, req: Request, body: Record<string, string | undefined>): void {
  let clientId = body.client_id;
  let secret = body.client_secret;
  const basic = /^Basic\s+(\S+)$/i.exec(req.get('Authorization') ?? '')?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    clientId = formDecode(decoded.slice(0, colon));
    secret = formDecode(decoded.slice(colon + 1));
  }
  if (clientId !== sim.settings.clientId || secret !== sim.settings.clientSecret) {
    throw new OAuthError(401, 'invalid_client', 'Client authentication failed: unknown client_id or wrong secret.');
  }
}

/** RFC 6749 2.3.1 form-encodes both parts before joining them; a malformed escape simply fails to match. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

function redeemCode(sim: SimulatorContext, body: Record<string, string | undefined>): Grant {
  const record = sim.tokens.takeCode(body.code ?? '');
  if (!record) throw invalidGrant('The authorization code is invalid, expired or already used.');
  if (record.redirectUri !== body.redirect_uri) {
    throw invalidGrant('The redirect_uri does not match the one of the authorization request.');
  }
  if (!verifierMatches(body.code_verifier ?? '', record.codeChallenge)) {
    throw invalidGrant('The code_verifier does not match the code_challenge.');
  }
  return { sub: record.sub, email: record.email, scope: record.scope };
}

function redeemRefreshToken(sim: SimulatorContext, body: Record<string, string | undefined>): Grant {
  const grant = sim.tokens.refresh(body.refresh_token ?? '');
  if (!grant) throw invalidGrant('The refresh token is invalid or has expired.');
  // The identity may have been removed from every company since the token was issued.
  if (!sim.store.identityByEmail(grant.email)) throw invalidGrant('The user no longer exists.');
  return grant;
}

/** iss = client_id, sub = the user's GUID, aud = this server's host (DocuSign: account-d.docusign.com), RS256. */
async function verifyAssertion(sim: SimulatorContext, req: Request, assertion: string): Promise<Grant> {
  const key = sim.settings.jwtPublicKey;
  if (!key) {
    throw new OAuthError(400, 'unauthorized_client', 'The JWT grant is not configured: set SIMULATOR_JWT_PUBLIC_KEY to the RSA public key.');
  }
  let payload;
  try {
    ({ payload } = await jwtVerify(assertion, key, {
      algorithms: ['RS256'],
      issuer: sim.settings.clientId,
      audience: req.get('host') ?? '',
      requiredClaims: ['sub', 'iat', 'exp'],
      currentDate: new Date(sim.clock()),
    }));
  } catch (error) {
    const reason = error instanceof joseErrors.JOSEError ? error.message : 'the assertion could not be read';
    throw invalidGrant(`The JWT assertion is invalid: ${reason}.`);
  }
  const identity = sim.store.identityBySub(payload.sub ?? '');
  if (!identity) throw invalidGrant(`No user with the GUID '${payload.sub ?? ''}'.`);
  const scope = typeof payload.scope === 'string' ? payload.scope : '';
  if (!scope.split(/\s+/).includes('impersonation')) {
    // What DocuSign answers when the scope asked for is not one the user consented to.
    throw new OAuthError(400, 'consent_required', 'The assertion must ask for the impersonation scope.');
  }
  return { sub: identity.sub, email: identity.email, scope };
}
