import type * as z from 'zod/mini';

import { ApiError, ClientErrorCode } from '@/api/errors';
import { reportSessionExpired } from '@/api/session-expiry';

/**
 * The only place the SPA calls fetch. Everything goes to its own origin (`/api/...` for the Rooms API through the
 * proxy, `/auth/...` for the session), every failure becomes an ApiError, and every success is checked against a
 * schema so a malformed reply fails loudly instead of flowing on with the wrong type.
 */

export type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Sees the reply's headers (rate-limit budget, trace token) of this one call, success or failure. */
  onResponse?: (response: ResponseInfo) => void;
};

export type ResponseInfo = {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  /** What a write sent, and the JSON it got back (unchecked), so listeners can tell what it changed. */
  body?: unknown;
  reply?: unknown;
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const STATE_CHANGING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The CSRF token lives in memory only: the session query sets it, a sign-out clears it.
let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const responseListeners = new Set<(response: ResponseInfo) => void>();

/**
 * Hears every reply's status and headers, so bulk work can pace itself from X-RateLimit-* and X-BurstLimit-*
 * without each caller threading them through.
 */
export function subscribeToResponses(listener: (response: ResponseInfo) => void): () => void {
  responseListeners.add(listener);
  return () => responseListeners.delete(listener);
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const traceTokenOf = (headers: Headers): string | undefined =>
  headers.get('X-DocuSign-TraceToken') ?? headers.get('X-Request-Id') ?? undefined;

const stringField = (body: unknown, key: string): string | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

const retryAfterOf = (headers: Headers): number | undefined => {
  const value = headers.get('Retry-After');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
};

function errorFromReply(method: Method, path: string, response: Response, text: string): ApiError {
  const parsed = parseJson(text);
  const body = parsed.ok ? parsed.value : undefined;
  const fallback = response.statusText ? `${response.status} ${response.statusText}` : `HTTP ${response.status}`;
  return new ApiError({
    status: response.status,
    errorCode: stringField(body, 'errorCode'),
    message: stringField(body, 'message') ?? fallback,
    referenceId: stringField(body, 'referenceId'),
    traceToken: traceTokenOf(response.headers),
    retryAfter: retryAfterOf(response.headers),
    method,
    path,
  });
}

function malformed(method: Method, path: string, response: Response, detail: string): ApiError {
  return new ApiError({
    status: response.status,
    errorCode: ClientErrorCode.malformed,
    message: `The server's reply could not be read (${detail}).`,
    traceToken: traceTokenOf(response.headers),
    method,
    path,
  });
}

/** One issue in words, e.g. "userSummaries.3.userId: expected number, received string". */
const describeIssue = (error: z.core.$ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
};

async function send(method: Method, path: string, options: RequestOptions): Promise<{ response: Response; text: string }> {
  const headers = new Headers({ Accept: 'application/json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (STATE_CHANGING.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);

  const url = buildUrl(path, options.query);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
    text = await response.text();
  } catch (cause) {
    // A cancelled query is not a failure; let TanStack Query see the AbortError it expects.
    if (options.signal?.aborted) throw cause;
    throw new ApiError({
      status: 0,
      errorCode: ClientErrorCode.network,
      message: 'The server could not be reached. Check your connection and try again.',
      method,
      path,
    });
  }

  const info: ResponseInfo = { method, path, status: response.status, headers: response.headers };
  if (STATE_CHANGING.has(method)) {
    const json = response.ok && text ? parseJson(text) : undefined;
    Object.assign(info, { body: options.body, reply: json?.ok ? json.value : undefined });
  }
  options.onResponse?.(info);
  for (const listener of responseListeners) listener(info);

  if (!response.ok) {
    const error = errorFromReply(method, path, response, text);
    if (error.isSessionExpired) reportSessionExpired(error);
    throw error;
  }
  return { response, text };
}

async function request<T>(method: Method, path: string, schema: z.ZodMiniType<T>, options: RequestOptions = {}): Promise<T> {
  const { response, text } = await send(method, path, options);
  const json = parseJson(text);
  if (!json.ok) throw malformed(method, path, response, 'not JSON');
  const result = schema.safeParse(json.value);
  if (!result.success) throw malformed(method, path, response, describeIssue(result.error));
  return result.data;
}

/** For replies without a body we rely on (204, or a body the app ignores). */
async function requestVoid(method: Method, path: string, options: RequestOptions = {}): Promise<void> {
  await send(method, path, options);
}

export const client = {
  get: <T>(path: string, schema: z.ZodMiniType<T>, options?: RequestOptions) => request('GET', path, schema, options),
  post: <T>(path: string, schema: z.ZodMiniType<T>, options?: RequestOptions) => request('POST', path, schema, options),
  put: <T>(path: string, schema: z.ZodMiniType<T>, options?: RequestOptions) => request('PUT', path, schema, options),
  /** POST whose reply body the app does not use (204 actions such as lock or reinvite). */
  postVoid: (path: string, options?: RequestOptions) => requestVoid('POST', path, options),
  delete: (path: string, options?: RequestOptions) => requestVoid('DELETE', path, options),
};
