/**
 * The Rooms API's error shape, `{ errorCode, message, referenceId }`, and the codes DECISIONS.md fixes for the
 * gaps the spec leaves. Handlers throw these; one error middleware writes them, so every error looks alike.
 */
import type { NextFunction, Request, Response } from 'express';
import { traceTokenOf } from './trace';

export class RoomsError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

export const invalidParameter = (name: string, detail: string): RoomsError =>
  new RoomsError(400, 'INVALID_REQUEST_PARAMETER', `The parameter '${name}' is invalid: ${detail}`);

export const invalidBody = (message: string): RoomsError => new RoomsError(400, 'INVALID_REQUEST_BODY', message);

/** Unknown ids and ids outside the caller's view answer alike, so existence is not leaked. */
export const notFound = (what: string, id: number | string): RoomsError =>
  new RoomsError(404, 'RESOURCE_NOT_FOUND', `The ${what} '${id}' was not found.`);

export const lacksPermission = (message: string): RoomsError => new RoomsError(401, 'USER_LACKS_PERMISSIONS', message);

/** A v5-only endpoint called on a v6 company, or the other way round. */
export const wrongVersion = (endpoint: string, company: { name: string; companyVersion: string }, instead?: string): RoomsError =>
  new RoomsError(
    400,
    'INVALID_COMPANY_VERSION',
    `${endpoint} is not available on ${company.name}, a Rooms ${company.companyVersion} company${instead ? `: ${instead}` : ''}.`,
  );

export const invalidToken = (message: string): RoomsError => new RoomsError(401, 'AUTHORIZATION_INVALID_TOKEN', message);

export function sendRoomsError(res: Response, error: RoomsError): void {
  res.status(error.status).json({ errorCode: error.errorCode, message: error.message, referenceId: traceTokenOf(res) });
}

/** Last middleware of the Rooms API: known errors keep their shape, anything else becomes a 500 in the same shape. */
export function roomsErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error instanceof RoomsError) {
    sendRoomsError(res, error);
    return;
  }
  if (isBodyParserError(error)) {
    sendRoomsError(res, invalidBody(`The request body could not be read: ${error.message}`));
    return;
  }
  console.error('simulator: unexpected error', error);
  sendRoomsError(res, new RoomsError(500, 'INTERNAL_SERVER_ERROR', 'An unexpected error occurred in the simulator.'));
}

/** express.json() marks its failures (malformed JSON, wrong charset, too large) with a `type`. */
function isBodyParserError(error: unknown): error is Error & { type: string } {
  return error instanceof Error && typeof (error as { type?: unknown }).type === 'string';
}
