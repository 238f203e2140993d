// Threads answers errors in the Graph API's shape (schema.ts ErrorBody).
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { FakeReply } from '../http-fake-kit';
import type { ErrorBody } from './schema';

export type ThreadsErrorFields = Omit<z.infer<typeof ErrorBody>['error'], 'fbtrace_id'>;

export function threadsError(
  status: number,
  error: ThreadsErrorFields,
  headers?: Record<string, string>,
): FakeReply {
  return { status, headers, json: { error: { ...error, fbtrace_id: randomBytes(9).toString('base64url') } } };
}

export const invalidParam = (message: string): FakeReply =>
  threadsError(400, { message: `(#100) ${message}`, type: 'THApiException', code: 100 });
