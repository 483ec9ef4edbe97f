// Hostile requests never reach a 5xx: a property-based sweep (fast-check, fixed seed) over every route of the
// README's table, against the running storefront and its sandbox. Each answer must be a non-5xx; under /api
// every error is `{ error: { code, message } }`; no body holds a stack trace, a server file path or a secret.
import fc from 'fast-check';
import { z } from 'zod';
import { PARTNER_ID_CANARY } from '../build/partner-env';
import { SESSION_SECRET_CANARY } from '../../playwright.config';
import { expect, test } from './fixtures';
import { requestsFor, ROUTES, type FuzzRequest } from './fuzz-requests';

const SEED = 20261130;
/** Requests per route: RUNS batches of BATCH, each batch sent at once. */
const RUNS = 15;
const BATCH = 20;

const ApiError = z.object({ error: z.object({ code: z.string().min(1), message: z.string().min(1) }) });
const STACK_TRACE = /\bat [^\s()]+ \(?(?:file:\/\/|\/|node:|webpack)[^\s)]*:\d+:\d+/;
const FORBIDDEN = [PARTNER_ID_CANARY, SESSION_SECRET_CANARY, process.cwd(), 'node_modules/next/dist'];

function problemsOf(req: FuzzRequest, status: number, contentType: string, body: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`answered ${status}`);
  const path = req.url.split('?')[0] ?? '';
  if ((path === '/api' || path.startsWith('/api/')) && status >= 400 && req.method !== 'HEAD') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    if (!contentType.startsWith('application/json') || !ApiError.safeParse(json).success) {
      problems.push(`API error not in the documented shape: ${status} ${contentType} ${body.slice(0, 120)}`);
    }
  }
  if (STACK_TRACE.test(body)) problems.push('body holds a stack trace');
  for (const secret of FORBIDDEN) if (body.includes(secret)) problems.push(`body holds ${secret.slice(0, 12)}…`);
  return problems;
}

test.describe('hostile requests', () => {
  ROUTES.forEach((route, index) => {
    test(`${route} never answers 5xx, leaks or breaks the error shape`, async ({ request }) => {
      test.setTimeout(30_000);
      const failures: string[] = [];
      await fc
        .assert(
          fc.asyncProperty(fc.array(requestsFor(route), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
            const answers = await Promise.all(
              batch.map(async (req) => {
                const response = await request.fetch(req.url, {
                  method: req.method,
                  headers: req.contentType ? { 'content-type': req.contentType } : {},
                  ...(req.body ? { data: req.body } : {}),
                  maxRedirects: 0,
                  failOnStatusCode: false,
                  // The ids are not in the sandbox, so an order stream ends at once with its stop event.
                  timeout: 15_000,
                });
                const body = (await response.body()).toString('utf8');
                const problems = problemsOf(req, response.status(), response.headers()['content-type'] ?? '', body);
                return problems.map((problem) => `${req.method} ${req.url.slice(0, 200)}: ${problem}`);
              }),
            );
            failures.push(...answers.flat());
            return answers.every((list) => list.length === 0);
          }),
          { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
        )
        .catch((error: unknown) => {
          const message = String(error);
          const cause = message.slice(message.indexOf('Got error'));
          throw new Error(`${failures.slice(0, 10).join('\n')}\n${message.slice(0, 300)}\n${cause.slice(0, 500)}`);
        });
      expect(failures).toEqual([]);
    });
  });
});
