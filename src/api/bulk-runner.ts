import {
  isHourlyLimit,
  isOutcomeUnknown,
  isRateLimited,
  isSessionFailure,
  toBulkFailure,
  type BulkFailure,
} from '@/api/bulk-failure';
import { createPacer, realClock, type Clock } from '@/api/bulk-pacer';
import { BURST_WINDOW_MS, type RateLimitInfo } from '@/api/rate-limit';

export type BulkRowStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'skipped' | 'cancelled';

export type BulkRow<Input, Result> = {
  key: string;
  input: Input;
  status: BulkRowStatus;
  attempts: number;
  message?: string;
  errorCode?: string;
  traceToken?: string;
  result?: Result;
  /** An earlier attempt may have taken effect: check before sending again. */
  unconfirmed?: boolean;
  /** An earlier attempt's reply was lost (kept with the row, so a retry after a reload still knows). */
  unclearReply?: boolean;
};

export type BulkJobState = 'idle' | 'running' | 'paused' | 'finished' | 'cancelled';

export type BulkOperation<Input, Result> = {
  /** Sending twice is harmless (lock, unlock, a PUT); otherwise an unclear reply is checked before any resend. */
  idempotent: boolean;
  /**
   * `previous` is what earlier attempts of this row left behind (see `partialResult`), for work done in steps;
   * `afterUnclearReply` says an earlier attempt may have taken effect without its reply arriving (a lost reply,
   * a 5xx, a 429 from a gateway, or a reload while it was in flight).
   */
  execute(input: Input, signal: AbortSignal, previous?: Result, context?: { afterUnclearReply: boolean }): Promise<Result>;
  /** For operations that are not idempotent: did an attempt whose reply was lost take effect? */
  verify?(input: Input, signal: AbortSignal): Promise<{ done: boolean; result?: Result }>;
  /** A refusal that is a final outcome rather than a failure, e.g. "already a member" becomes skipped. */
  classify?(
    failure: BulkFailure,
    input: Input,
    context: { afterUnclearReply: boolean },
  ): { status: 'skipped' | 'succeeded'; message: string } | undefined;
};

export type BulkJobOptions = {
  concurrency?: number;
  /** Attempts per row for errors that may pass on a second try (5xx, timeouts). */
  maxAttempts?: number;
  timeoutMs?: number;
  clock?: Clock;
};

export type BulkSnapshot<Input, Result> = { rows: BulkRow<Input, Result>[]; state: BulkJobState };

export type BulkJobView<Input, Result> = {
  state: BulkJobState;
  pauseReason?: 'user' | 'session-expired';
  rows: readonly BulkRow<Input, Result>[];
  counts: Record<BulkRowStatus, number> & { total: number; remaining: number };
  /** Milliseconds left at the pace of this run so far; undefined until there is a pace to go by. */
  etaMs?: number;
  /** While nothing may be sent for a while (the rate limit, a back-off): when sending starts again, epoch ms. */
  waitingUntil?: number;
};

const FINAL: ReadonlySet<BulkRowStatus> = new Set(['succeeded', 'failed', 'skipped', 'cancelled']);
const RATE_LIMIT_REQUEUES = 50;
/** Shorter waits are the ordinary spacing of calls, not worth telling the user about. */
const NOTICEABLE_WAIT_MS = 2_000;

/**
 * Runs one operation over many rows: bounded concurrency, paced by the rate-limit headers, 429s answered by
 * waiting, unclear replies of non-idempotent calls checked before any resend, and every row ending in a final
 * state with the server's message. Plain TypeScript so it runs the same in the page, in tests and in benchmarks.
 */
export function createBulkJob<Input, Result>(
  source: { key: string; input: Input }[] | BulkSnapshot<Input, Result>,
  operation: BulkOperation<Input, Result>,
  options: BulkJobOptions = {},
) {
  const { concurrency = 4, maxAttempts = 3, timeoutMs = 30_000, clock = realClock } = options;
  const pacer = createPacer(clock);
  const rows: BulkRow<Input, Result>[] = Array.isArray(source)
    ? source.map(({ key, input }) => ({ key, input, status: 'queued', attempts: 0 }))
    : source.rows.map((row) =>
        // A row that was in flight when the page went away may have taken effect.
        row.status === 'running' ? { ...row, status: 'queued', unconfirmed: !operation.idempotent } : { ...row },
      );
  let state: BulkJobState = Array.isArray(source) || source.state === 'running' ? 'idle' : source.state;
  let pauseReason: BulkJobView<Input, Result>['pauseReason'];
  const notBefore = new Map<BulkRow<Input, Result>, number>();
  const rateLimitRequeues = new Map<BulkRow<Input, Result>, number>();
  /** Rows with an attempt whose reply was lost: a refusal now may just mean that attempt took effect. */
  const unclear = new Set<BulkRow<Input, Result>>(Array.isArray(source) ? [] : rows.filter((row, position) => row.unclearReply || source.rows[position]?.status === 'running'));
  const listeners = new Set<() => void>();
  let wake = new AbortController();
  let run: Promise<void> | undefined;
  let runStartedAt = 0;
  let finishedThisRun = 0;
  let view: BulkJobView<Input, Result> | undefined;

  const changed = () => {
    view = undefined;
    listeners.forEach((listener) => listener());
  };

  const settle = (row: BulkRow<Input, Result>, status: BulkRowStatus, patch: Partial<BulkRow<Input, Result>> = {}) => {
    Object.assign(row, { status, ...patch });
    if (FINAL.has(status)) finishedThisRun += 1;
  };

  const requeue = (row: BulkRow<Input, Result>, at: number, patch: Partial<BulkRow<Input, Result>> = {}) => {
    Object.assign(row, { status: 'queued', ...patch });
    notBefore.set(row, at);
  };

  const fail = (row: BulkRow<Input, Result>, failure: BulkFailure, message = failure.message) =>
    settle(row, 'failed', { message, errorCode: failure.errorCode, traceToken: failure.traceToken });

  async function attempt(row: BulkRow<Input, Result>) {
    row.attempts += 1;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      if (row.unconfirmed) {
        if (!operation.verify) {
          return fail(row, { message: '' }, 'The reply to an earlier attempt was lost; check this row before sending it again.');
        }
        const check = await operation.verify(row.input, signal);
        if (check.done) {
          return settle(row, 'succeeded', { result: check.result, message: 'Done (confirmed after an unclear reply).' });
        }
        row.unconfirmed = false;
      }
      const result = await operation.execute(row.input, signal, row.result, { afterUnclearReply: unclear.has(row) });
      settle(row, 'succeeded', { result, message: undefined, errorCode: undefined, traceToken: undefined });
    } catch (error) {
      // A row done in steps reports what it got through before failing, so undo and retries know.
      const partial = (error as { partialResult?: Result } | null)?.partialResult;
      if (partial !== undefined) row.result = partial;
      handleFailure(row, toBulkFailure(error));
    }
  }

  function handleFailure(row: BulkRow<Input, Result>, failure: BulkFailure) {
    if (failure.rateLimit) pacer.observe(failure.rateLimit);
    const now = clock.now();
    if (isRateLimited(failure)) {
      // A 429 does not count as an attempt. The service's own limit codes say it refused before doing anything;
      // a bare 429 (from a gateway, after the call went out) leaves the outcome unknown, so it is checked first.
      row.attempts -= 1;
      const refusedByService = /APIINVOCATION_LIMIT_EXCEEDED/.test(failure.errorCode ?? '');
      if (!refusedByService) {
        unclear.add(row);
        row.unclearReply = true;
      }
      const requeues = (rateLimitRequeues.get(row) ?? 0) + 1;
      rateLimitRequeues.set(row, requeues);
      if (requeues > RATE_LIMIT_REQUEUES) return fail(row, failure);
      const hourlyReset = isHourlyLimit(failure) ? failure.rateLimit?.hourlyResetAt : undefined;
      const waitMs =
        failure.retryAfterSeconds !== undefined ? failure.retryAfterSeconds * 1000 : (hourlyReset ?? now + BURST_WINDOW_MS) - now;
      pacer.holdUntil(now + waitMs);
      return requeue(row, now + waitMs, { unconfirmed: (!refusedByService && !operation.idempotent) || row.unconfirmed });
    }
    if (isSessionFailure(failure)) {
      // Nothing is lost to an expired session: the row waits and the job pauses until the user signs in again.
      row.attempts -= 1;
      requeue(row, now);
      state = 'paused';
      pauseReason = 'session-expired';
      return;
    }
    if (isOutcomeUnknown(failure)) {
      unclear.add(row);
      row.unclearReply = true;
      if (row.attempts >= maxAttempts) {
        return fail(row, failure, operation.idempotent ? failure.message : `${failure.message} It may have taken effect.`);
      }
      const backoff = 500 * 2 ** (row.attempts - 1);
      return requeue(row, now + backoff, { unconfirmed: !operation.idempotent || row.unconfirmed });
    }
    const outcome = operation.classify?.(failure, row.input, { afterUnclearReply: unclear.has(row) || row.unconfirmed === true });
    if (outcome) return settle(row, outcome.status, { message: outcome.message, errorCode: failure.errorCode, traceToken: failure.traceToken });
    fail(row, failure);
  }

  /** When the next call may go out, if that is more than a moment away and nothing is in flight. */
  function waitingUntil(): number | undefined {
    if (state !== 'running' || rows.some((row) => row.status === 'running')) return undefined;
    const now = clock.now();
    const next = nextRow();
    const at = Math.max(typeof next === 'number' ? next : now, now + pacer.delay());
    return at - now >= NOTICEABLE_WAIT_MS ? at : undefined;
  }

  function nextRow(): BulkRow<Input, Result> | number | undefined {
    const now = clock.now();
    let soonest: number | undefined;
    for (const row of rows) {
      if (row.status !== 'queued') continue;
      const at = notBefore.get(row) ?? 0;
      if (at <= now) return row;
      soonest = soonest === undefined ? at : Math.min(soonest, at);
    }
    return soonest;
  }

  async function worker() {
    while (state === 'running') {
      const next = nextRow();
      if (next === undefined) return;
      if (typeof next === 'number') {
        await clock.sleep(next - clock.now(), wake.signal);
        continue;
      }
      const wait = pacer.delay();
      if (wait > 0) {
        await clock.sleep(wait, wake.signal);
        continue;
      }
      next.status = 'running';
      notBefore.delete(next);
      pacer.started();
      changed();
      await attempt(next);
      changed();
    }
  }

  async function runWorkers() {
    state = 'running';
    pauseReason = undefined;
    wake = new AbortController();
    runStartedAt = clock.now();
    finishedThisRun = 0;
    changed();
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (state === 'running') state = rows.some((row) => row.status === 'cancelled') ? 'cancelled' : 'finished';
    run = undefined;
    changed();
  }

  function counts() {
    const result = { queued: 0, running: 0, succeeded: 0, failed: 0, skipped: 0, cancelled: 0, total: rows.length, remaining: 0 };
    for (const row of rows) result[row.status] += 1;
    result.remaining = result.queued + result.running;
    return result;
  }

  /** Starts or resumes; resolves when the job finishes, pauses or is cancelled. */
  function start(): Promise<void> {
    if (state === 'finished' || state === 'cancelled') return Promise.resolve();
    run ??= runWorkers();
    return run;
  }

  return {
    start,
    pause() {
      if (state !== 'running') return;
      state = 'paused';
      pauseReason = 'user';
      wake.abort();
      changed();
    },
    /** Rows not yet started are cancelled; calls already in flight finish and keep their outcome. */
    cancel() {
      if (state === 'finished' || state === 'cancelled') return;
      for (const row of rows) if (row.status === 'queued') settle(row, 'cancelled', { message: 'Cancelled before it was sent.' });
      if (!run) state = 'cancelled';
      wake.abort();
      changed();
    },
    /** Puts the failed rows back in the queue; rows whose outcome was unclear are checked before any resend. */
    retryFailed(): Promise<void> {
      if (run) return run;
      for (const row of rows) {
        if (row.status !== 'failed') continue;
        requeue(row, 0, { attempts: 0, message: undefined, errorCode: undefined, traceToken: undefined });
      }
      state = 'idle';
      return start();
    },
    /** Feed the rate-limit headers of every reply (successful ones included). */
    observeRateLimit(info: RateLimitInfo) {
      pacer.observe(info);
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** A stable view for useSyncExternalStore: the same object until something changes. */
    getView(): BulkJobView<Input, Result> {
      if (view) return view;
      const current = counts();
      const elapsed = clock.now() - runStartedAt;
      const waiting = waitingUntil();
      const pace = state === 'running' && finishedThisRun > 0 ? (elapsed / finishedThisRun) * current.remaining : undefined;
      // At least one call per row still to do: rows beyond the window's or the hour's budget wait for its reset.
      const floor = Math.max(waiting === undefined ? 0 : waiting - clock.now(), pacer.burstFloor(current.remaining), pacer.hourlyFloor(current.remaining));
      const etaMs = pace === undefined ? undefined : Math.max(pace, floor);
      view = { state, pauseReason, rows: rows.map((row) => ({ ...row })), counts: current, etaMs, waitingUntil: waiting };
      return view;
    },
    /** Everything needed to resume after a reload; JSON-safe when the inputs and results are. */
    snapshot(): BulkSnapshot<Input, Result> {
      return { state, rows: rows.map((row) => ({ ...row })) };
    },
  };
}

export type BulkJob<Input, Result> = ReturnType<typeof createBulkJob<Input, Result>>;
