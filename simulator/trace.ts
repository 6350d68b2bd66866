/** `X-DocuSign-TraceToken`: a fresh id on every response, also used as the error body's `referenceId`. */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const TRACE_HEADER = 'X-DocuSign-TraceToken';

export function traceToken(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader(TRACE_HEADER, randomUUID());
  next();
}

export function traceTokenOf(res: Response): string {
  const value = res.getHeader(TRACE_HEADER);
  return typeof value === 'string' ? value : randomUUID();
}
