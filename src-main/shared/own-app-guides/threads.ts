// Registering a Meta app with the Threads use case for Cadence. Threads sends the browser back
// only to an https address listed in the app ("Redirect Callback URLs"; the App Dashboard
// refuses http, 127.0.0.1 included: github.com/fbsamples/threads_api/issues/32), and offers no
// desktop flow. So the owner lists an https address on this computer where nothing answers:
// after they allow Cadence, the browser stops on a page that does not load, and they paste its
// address (which carries the code and the state) into Cadence. Nothing leaves the computer.
import type { OwnAppGuide } from './own-app-guide';

/** The address the owner lists in the app; https as Threads requires, on this computer. */
export const THREADS_REDIRECT_URI = 'https://127.0.0.1:8734/threads/callback';

/**
 * Permissions Cadence asks Threads for (developers.facebook.com/docs/threads/get-started/
 * get-access-tokens-and-permissions): threads_basic is required for any call; the others let
 * Cadence publish, answer, and read the follower count.
 */
export const THREADS_SCOPES = [
  'threads_basic',
  'threads_content_publish',
  'threads_manage_insights',
  'threads_manage_replies',
  'threads_read_replies',
] as const;

export const threadsGuide: OwnAppGuide = {
  portalUrl: 'https://developers.facebook.com/apps/',
  redirectUri: THREADS_REDIRECT_URI,
  codeReturn: 'pasted-address',
  clientSecret: 'required',
  steps: [
    {
      text: 'ownAppGuides.threads.steps.createApp',
    },
    {
      text: 'ownAppGuides.threads.steps.nameApp',
    },
    {
      text: 'ownAppGuides.threads.steps.permissions',
    },
    {
      text: 'ownAppGuides.threads.steps.callback',
      copy: THREADS_REDIRECT_URI,
    },
    {
      text: 'ownAppGuides.threads.steps.tester',
    },
    {
      text: 'ownAppGuides.threads.steps.keys',
    },
    {
      text: 'ownAppGuides.threads.steps.signIn',
      params: { start: new URL(THREADS_REDIRECT_URI).origin },
    },
    {
      text: 'ownAppGuides.threads.steps.photos',
    },
  ],
  scopes: [
    {
      name: 'threads_basic',
      purpose: 'ownAppGuides.threads.scopes.threadsBasic',
    },
    { name: 'threads_content_publish', purpose: 'ownAppGuides.threads.scopes.threadsContentPublish' },
    { name: 'threads_manage_insights', purpose: 'ownAppGuides.threads.scopes.threadsManageInsights' },
    { name: 'threads_manage_replies', purpose: 'ownAppGuides.threads.scopes.threadsManageReplies' },
    { name: 'threads_read_replies', purpose: 'ownAppGuides.threads.scopes.threadsReadReplies' },
  ],
};
