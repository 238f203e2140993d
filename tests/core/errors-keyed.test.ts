// Every refusal Cadence writes reaches the owner in their language: an AppError's words come
// from the catalogs through say(), and only words Cadence did not write (a network's own answer)
// may travel as they are, marked with foreignWords(). The compiler holds the rule; this file
// keeps the rule itself from being loosened unnoticed.
import { describe, expect, it } from 'vitest';
import { AppError, foreignWords } from '../../src-main/shared/errors';
import { say } from '../../src-main/shared/messages/owner-message';

describe('errors the core writes', () => {
  it('do not compile from a bare string', () => {
    // @ts-expect-error Cadence's own words go through say(), so the owner reads them translated.
    const unkeyed = new AppError('INVALID_INPUT', 'That inbox item no longer exists.');
    expect(unkeyed.owner).toBeNull();
  });

  it('carry their key and values across the bridge beside the English', () => {
    const error = new AppError('CONFLICT', say('errors.inProgress.sendingTo.takeOff', { channel: 'Shop' }));
    expect(error.toShape()).toEqual({
      code: 'CONFLICT',
      message: 'This post is being sent to Shop right now. Take Shop off once it is done.',
      key: 'errors.inProgress.sendingTo.takeOff',
      params: { channel: 'Shop' },
    });
  });

  it('keep a network’s own words as they are, without a key', () => {
    const error = new AppError('CONNECTION_FAILED', foreignWords('Status is over 500 characters.'));
    expect(error.toShape()).toEqual({ code: 'CONNECTION_FAILED', message: 'Status is over 500 characters.' });
  });
});
