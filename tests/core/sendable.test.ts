// The one network-independent check before a post is scheduled or published, shared by the
// core's handlers and the composer.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/shared/errors';
import { assertSendable } from '../../src-main/shared/sendable';

describe('assertSendable', () => {
  it('refuses a post with no words and no image, naming what the owner was doing', () => {
    for (const action of ['scheduling', 'publishing'] as const) {
      let refusal: unknown;
      try {
        assertSendable({ body: ' \n\t ', media: [] }, action);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(AppError);
      expect(refusal).toMatchObject({
        code: 'INVALID_INPUT',
        message: `Write something or attach an image before ${action}.`,
      });
    }
  });

  it('lets words alone, or an image alone, through', () => {
    expect(() => assertSendable({ body: 'Open at nine', media: [] }, 'scheduling')).not.toThrow();
    expect(() => assertSendable({ body: '', media: [{ sha256: 'a' }] }, 'publishing')).not.toThrow();
  });
});
