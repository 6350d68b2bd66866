/**
 * DocuSign's account server, as far as Rooms Admin needs it: the authorization endpoint with its sign-in page,
 * userinfo, and (in oauth-token.ts) the token endpoint. A bad client_id or redirect_uri gets an error page and
 * never a redirect, so the simulator cannot be used as an open redirector.
 */
import express, { Router, type Response } from 'express';
import type { SimulatorContext } from './context';
import { tokenEndpoint } from './oauth-token';
import { SIGN_IN_IDENTITIES } from './seed';
import { errorPage, signInPage, type SignInIdentity } from './sign-in-page';

/** The eSignature host userinfo reports; Rooms never uses it, and a client that does should fail visibly. */
const ESIGN_BASE_URI = 'https://demo.docusign.net';

const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

const AUTH_PARAMS = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method'] as const;
type AuthRequest = Record<(typeof AUTH_PARAMS)[number], string>;

export function oauthRoutes(sim: SimulatorContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false });

  router.get('/oauth/auth', (req, res) => {
    const request = readAuthRequest(req.query);
    if (!trusted(sim, request, res)) return;
    if (redirectedWithError(request, res)) return;
    sendPage(res, 200, signInPage({ identities: identities(sim), hidden: request, clientId: request.client_id }));
  });

  router.post('/oauth/auth', form, (req, res) => {
    const request = readAuthRequest(req.body);
    if (!trusted(sim, request, res)) return;
    if (redirectedWithError(request, res)) return;
    if (fieldOf(req.body, 'cancel')) {
      redirectTo(res, request, { error: 'access_denied', error_description: 'The user cancelled the sign-in.' });
      return;
    }
    const email = fieldOf(req.body, 'email');
    const identity = sim.store.identityByEmail(email);
    if (!identity) {
      const error = `No identity with the email '${email}'.`;
      sendPage(res, 400, signInPage({ identities: identities(sim), hidden: request, clientId: request.client_id, error }));
      return;
    }
    const scope = request.scope.trim() || 'signature';
    const code = sim.tokens.issueCode({ sub: identity.sub, email: identity.email, scope }, request.redirect_uri, request.code_challenge);
    redirectTo(res, request, { code });
  });

  router.post('/oauth/token', form, tokenEndpoint(sim));

  router.get('/oauth/userinfo', (req, res) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(req.get('Authorization') ?? '')?.[1];
    const grant = token === undefined ? undefined : sim.tokens.access(token);
    const identity = grant && sim.store.identityByEmail(grant.email);
    if (!identity) {
      res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      res.status(401).json({ error: 'invalid_token', error_description: 'The access token is invalid or has expired.' });
      return;
    }
    const accounts = sim.store.accountsOf(identity.email);
    res.json({
      sub: identity.sub,
      name: identity.name,
      given_name: identity.givenName,
      family_name: identity.familyName,
      created: identity.created,
      email: identity.email,
      accounts: accounts.map((company, index) => ({
        account_id: company.accountId,
        is_default: index === 0,
        account_name: company.account.name,
        base_uri: ESIGN_BASE_URI,
      })),
    });
  });

  return router;
}

function fieldOf(source: unknown, name: string): string {
  if (typeof source !== 'object' || source === null) return '';
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

function readAuthRequest(source: unknown): AuthRequest {
  return Object.fromEntries(AUTH_PARAMS.map((name) => [name, fieldOf(source, name)])) as AuthRequest;
}

/** Client and redirect URI must be known before anything is sent back to the redirect URI. */
function trusted(sim: SimulatorContext, request: AuthRequest, res: Response): boolean {
  if (request.client_id !== sim.settings.clientId) {
    sendPage(res, 400, errorPage('Unknown client', `The client_id '${request.client_id}' is not registered with this server.`));
    return false;
  }
  if (!sim.settings.redirectUris.includes(request.redirect_uri)) {
    const allowed = sim.settings.redirectUris.join(', ');
    sendPage(res, 400, errorPage('Invalid redirect URI', `The redirect_uri '${request.redirect_uri}' is not registered for this client. Registered: ${allowed}. Set SIMULATOR_REDIRECT_URIS to add one.`));
    return false;
  }
  return true;
}

/** Errors in the rest of the request go back to the (trusted) client, as OAuth specifies. */
function redirectedWithError(request: AuthRequest, res: Response): boolean {
  if (request.response_type !== 'code') {
    redirectTo(res, request, { error: 'unsupported_response_type', error_description: 'Only response_type=code is supported.' });
    return true;
  }
  if (request.code_challenge_method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(request.code_challenge)) {
    redirectTo(res, request, {
      error: 'invalid_request',
      error_description: 'PKCE is required: send code_challenge (BASE64URL of the SHA-256 of the verifier) and code_challenge_method=S256.',
    });
    return true;
  }
  return false;
}

function redirectTo(res: Response, request: AuthRequest, params: Record<string, string>): void {
  const target = new URL(request.redirect_uri);
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
  if (request.state) target.searchParams.set('state', request.state);
  // 303 so the browser follows a form post with a GET.
  res.redirect(303, target.toString());
}

function sendPage(res: Response, status: number, html: string): void {
  res.status(status).set(PAGE_HEADERS).type('html').send(html);
}

function identities(sim: SimulatorContext): SignInIdentity[] {
  return SIGN_IN_IDENTITIES.flatMap(({ email, description }) => {
    const identity = sim.store.identityByEmail(email);
    return identity ? [{ email: identity.email, name: identity.name, description }] : [];
  });
}

