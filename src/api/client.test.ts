import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

import { client, setCsrfToken, subscribeToResponses } from '@/api/client';
import { ApiError } from '@/api/errors';
import { dismissSessionExpired, sessionExpiry } from '@/api/session-expiry';

const Thing = z.looseObject({ id: z.number() });

type Reply = { status: number; body?: unknown; text?: string; headers?: Record<string, string> };

function replyWith({ status, body, text, headers = {} }: Reply) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => {
    const payload = text ?? (body === undefined ? '' : JSON.stringify(body));
    return new Response(status === 204 ? null : payload, {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

beforeEach(() => {
  setCsrfToken(undefined);
  dismissSessionExpired();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('client requests', () => {
  it('sends Accept JSON to the same origin and leaves empty query values out', async () => {
    const fetchMock = replyWith({ status: 200, body: { id: 1 } });
    await client.get('/api/v2/accounts/a/users', Thing, { query: { filter: 'maria', sort: undefined, count: 25, status: '' } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v2/accounts/a/users?filter=maria&count=25');
    expect(new Headers(init?.headers).get('Accept')).toBe('application/json');
    expect(init?.credentials).toBe('same-origin');
  });

  it('adds the CSRF token to state-changing calls only', async () => {
    setCsrfToken('csrf-123');
    const fetchMock = replyWith({ status: 200, body: { id: 1 } });
    await client.get('/api/x', Thing);
    await client.put('/auth/account', Thing, { body: { accountId: 'a' } });
    expect(new Headers(fetchMock.mock.calls[0]![1]?.headers).get('X-CSRF-Token')).toBeNull();
    const put = fetchMock.mock.calls[1]![1];
    expect(new Headers(put?.headers).get('X-CSRF-Token')).toBe('csrf-123');
    expect(new Headers(put?.headers).get('Content-Type')).toBe('application/json');
    expect(put?.body).toBe('{"accountId":"a"}');
  });

  it('parses a success with the schema', async () => {
    replyWith({ status: 200, body: { id: 5, more: 'kept' } });
    await expect(client.get('/api/x', Thing)).resolves.toEqual({ id: 5, more: 'kept' });
  });

  it('accepts a 204 for calls without a reply body', async () => {
    replyWith({ status: 204 });
    await expect(client.postVoid('/api/v2/accounts/a/users/1/unlock')).resolves.toBeUndefined();
  });

  it('lets listeners see the rate-limit headers of every reply', async () => {
    const seen: Array<string | null> = [];
    const unsubscribe = subscribeToResponses((response) => seen.push(response.headers.get('X-RateLimit-Remaining')));
    replyWith({ status: 200, body: { id: 1 }, headers: { 'X-RateLimit-Remaining': '2999' } });
    const own = vi.fn();
    await client.get('/api/x', Thing, { onResponse: own });
    unsubscribe();
    await client.get('/api/x', Thing);
    expect(seen).toEqual(['2999']);
    expect(own).toHaveBeenCalledWith(expect.objectContaining({ status: 200, method: 'GET', path: '/api/x' }));
  });
});

describe('client errors', () => {
  it('a 401 with an expired token is a session expiry, reported once for the dialog', async () => {
    replyWith({
      status: 401,
      body: { errorCode: 'AUTHORIZATION_INVALID_TOKEN', message: 'The access token is invalid.', referenceId: 'ref-1' },
      headers: { 'X-DocuSign-TraceToken': 'trace-401' },
    });
    const error = await failure(client.get('/api/x', Thing));
    expect(error).toMatchObject({ status: 401, errorCode: 'AUTHORIZATION_INVALID_TOKEN', message: 'The access token is invalid.' });
    expect(error.referenceId).toBe('ref-1');
    expect(error.traceToken).toBe('trace-401');
    expect(error.isSessionExpired).toBe(true);
    expect(error.isPermissionDenied).toBe(false);
    expect(error.kind).toBe('session-expired');
    expect(sessionExpiry.getSnapshot()).toBe(error);
  });

  it("the proxy's NOT_SIGNED_IN and SESSION_EXPIRED, and a bare 401, mean sign in again", async () => {
    for (const body of [{ errorCode: 'NOT_SIGNED_IN', message: 'x' }, { errorCode: 'SESSION_EXPIRED', message: 'x' }, undefined]) {
      replyWith({ status: 401, body, headers: { 'X-Request-Id': 'req-9' } });
      const error = await failure(client.get('/api/x', Thing));
      expect(error.isSessionExpired).toBe(true);
      expect(error.traceToken).toBe('req-9');
    }
  });

  it('a 401 with another code is a missing permission and never a session expiry', async () => {
    replyWith({
      status: 401,
      body: { errorCode: 'USER_LACKS_PERMISSIONS', message: 'Requires canManageMemberLowerAccessLevel.' },
      headers: { 'X-DocuSign-TraceToken': 'trace-perm' },
    });
    const error = await failure(client.get('/api/x', Thing));
    expect(error.isPermissionDenied).toBe(true);
    expect(error.isSessionExpired).toBe(false);
    expect(error.kind).toBe('permission-denied');
    expect(error.message).toBe('Requires canManageMemberLowerAccessLevel.');
    expect(sessionExpiry.getSnapshot()).toBeNull();
  });

  it('a 403 from the proxy is a missing permission', async () => {
    replyWith({ status: 403, body: { errorCode: 'ACCOUNT_NOT_ALLOWED', message: 'Not your account.' } });
    expect((await failure(client.get('/api/x', Thing))).isPermissionDenied).toBe(true);
  });

  it('404 and a 400 about an unknown id are not found; a 400 naming a bad value or a broken rule is not', async () => {
    replyWith({ status: 404, body: { errorCode: 'RESOURCE_NOT_FOUND', message: 'User 999 not found.' } });
    const missing = await failure(client.get('/api/x', Thing));
    expect(missing.isNotFound).toBe(true);
    expect(missing.kind).toBe('not-found');

    replyWith({ status: 400, body: { errorCode: 'USER_NOT_FOUND', message: 'No such user.' } });
    expect((await failure(client.get('/api/x', Thing))).isNotFound).toBe(true);

    replyWith({ status: 400, body: { errorCode: 'INVALID_USER_ID', message: 'Invalid user.' } });
    expect((await failure(client.get('/api/x', Thing))).isNotFound).toBe(true);

    // A rule of the service is a refusal with its own reason, not a missing thing.
    replyWith({ status: 400, body: { errorCode: 'USER_OWNS_ROOMS', message: 'Owen Oliver owns 3 rooms; transfer them first.' } });
    const rule = await failure(client.get('/api/x', Thing));
    expect(rule.isNotFound).toBe(false);
    expect(rule.kind).toBe('request');

    replyWith({ status: 400, body: { errorCode: 'INVALID_REQUEST_PARAMETER', message: 'count must be 1 to 100' } });
    const invalid = await failure(client.get('/api/x', Thing));
    expect(invalid.isNotFound).toBe(false);
    expect(invalid.isInvalidRequest).toBe(true);
    expect(invalid.kind).toBe('request');
  });

  it('a 500 without a JSON body still has a message and counts as transient', async () => {
    replyWith({ status: 500, text: '<html>oops</html>', headers: { 'X-DocuSign-TraceToken': 'trace-500' } });
    const error = await failure(client.get('/api/x', Thing));
    expect(error.status).toBe(500);
    expect(error.errorCode).toBeUndefined();
    expect(error.message).toMatch(/500/);
    expect(error.traceToken).toBe('trace-500');
    expect(error.isTransient).toBe(true);
    expect(error.kind).toBe('server');
  });

  it('a 429 carries Retry-After', async () => {
    replyWith({
      status: 429,
      body: { errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED', message: 'Slow down.' },
      headers: { 'Retry-After': '12' },
    });
    const error = await failure(client.get('/api/x', Thing));
    expect(error.isRateLimited).toBe(true);
    expect(error.retryAfter).toBe(12);
  });

  it('a success that is not JSON is a malformed reply', async () => {
    replyWith({ status: 200, text: 'not json', headers: { 'X-DocuSign-TraceToken': 'trace-bad' } });
    const error = await failure(client.get('/api/x', Thing));
    expect(error.errorCode).toBe('MALFORMED_RESPONSE');
    expect(error.kind).toBe('malformed');
    expect(error.traceToken).toBe('trace-bad');
    expect(error.isTransient).toBe(false);
  });

  it('a success of the wrong shape is a malformed reply that names the field', async () => {
    replyWith({ status: 200, body: { id: 'seven' } });
    const error = await failure(client.get('/api/x', Thing));
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/id/);
  });

  it('no reply at all is a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await failure(client.get('/api/x', Thing));
    expect(error.status).toBe(0);
    expect(error.kind).toBe('network');
    expect(error.isTransient).toBe(true);
  });

  it('a cancelled call rejects with the abort, not an ApiError', async () => {
    const controller = new AbortController();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      }),
    );
    await expect(client.get('/api/x', Thing, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
