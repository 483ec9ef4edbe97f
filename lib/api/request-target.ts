// What proxy.ts refuses before Next routes a request: a path whose percent-encoding does not decode as UTF-8
// (Next would throw decoding the dynamic params and answer a plain 500), control characters in the path,
// URLs longer than any page of ours, and methods outside what each kind of path serves.
import { errorResponse } from './errors';
import { ROUTE_METHODS } from './methods';

/** Longer than any link the site makes (a full checkout `?item=` is under 1 KB); Node itself stops at 16 KB. */
export const MAX_URL_LENGTH = 4096;

export interface TargetProblem {
  status: 400 | 405 | 414;
  code: string;
  message: string;
  allow?: string;
}

const CONTROL = /[\u0000-\u001f\u007f]/;
const PAGE_METHODS = new Set(['GET', 'HEAD']);

function decodesCleanly(pathname: string): boolean {
  try {
    return !CONTROL.test(decodeURIComponent(pathname));
  } catch {
    return false; // %zz, %ff%fe, a lone %E6: not UTF-8
  }
}

/** The problem with a request's method and target (path + query), or null when it may go on. */
export function checkRequestTarget(method: string, pathname: string, search: string): TargetProblem | null {
  if (pathname.length + search.length > MAX_URL_LENGTH) {
    return { status: 414, code: 'URI_TOO_LONG', message: `The address is longer than ${MAX_URL_LENGTH} characters.` };
  }
  if (!decodesCleanly(pathname)) {
    return {
      status: 400,
      code: 'INVALID_PATH',
      message: 'The address is not valid: its encoding is broken or it holds control characters.',
    };
  }
  const api = isApiPath(pathname);
  if (api && !(ROUTE_METHODS as readonly string[]).includes(method)) {
    return { status: 400, code: 'UNSUPPORTED_METHOD', message: `The method ${method.slice(0, 20)} is not supported.` };
  }
  // Pages and files: the site has no server actions, so nothing but GET and HEAD is served.
  if (!api && !PAGE_METHODS.has(method)) {
    return { status: 405, code: 'METHOD_NOT_ALLOWED', message: 'Use GET at this address.', allow: 'GET, HEAD' };
  }
  return null;
}

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/** The answer to a refused request: JSON under /api, a short plain text elsewhere. */
export function targetProblemResponse(problem: TargetProblem, pathname: string): Response {
  const headers: Record<string, string> = problem.allow ? { Allow: problem.allow } : {};
  if (isApiPath(pathname)) return errorResponse(problem.code, problem.message, problem.status, headers);
  return new Response(`${problem.message}\n`, {
    status: problem.status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
