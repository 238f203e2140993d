// @vitest-environment happy-dom
// The inline error line every screen shows under what went wrong: an alert in the .inline-error
// style (page objects and CSS find it by that class), drawn only while there is something to say;
// and the outcome line that is a quiet status when a step worked and that same alert when not.
import { expect, it } from 'vitest';
import { InlineError, OutcomeLine } from '../../src-renderer/src/components/inline-error';
import { mountedRoot } from './support/mounted-root';

const mounted = mountedRoot({ bridge: 'none' });

it('is an alert paragraph with the message, and points-at-able by id', async () => {
  await mounted.render(<InlineError id="name-error" message="Give the channel a name." />);
  expect(mounted.host.innerHTML).toBe(
    '<p id="name-error" role="alert" class="inline-error">Give the channel a name.</p>',
  );
});

it('is a span where it sits inside a row', async () => {
  await mounted.render(<InlineError as="span" message="Not saved." />);
  expect(mounted.host.innerHTML).toBe('<span role="alert" class="inline-error">Not saved.</span>');
});

it.each([null, undefined, false, ''])('draws nothing while the message is %j', async (message) => {
  await mounted.render(<InlineError message={message} />);
  expect(mounted.host.innerHTML).toBe('');
});

it('says a success as a status in the screen’s own style, and a failure as the error alert', async () => {
  await mounted.render(<OutcomeLine failed={false} text="Saved." okClassName="confirmation" />);
  expect(mounted.host.innerHTML).toBe('<p role="status" class="confirmation">Saved.</p>');
  await mounted.render(<OutcomeLine as="span" failed text="Could not save." okClassName="confirmation" />);
  expect(mounted.host.innerHTML).toBe('<span role="alert" class="inline-error">Could not save.</span>');
});
