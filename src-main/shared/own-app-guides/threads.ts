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
      text: 'Go to developers.facebook.com/apps and sign in with the Facebook account linked to your Instagram and Threads profile. Choose Create app.',
    },
    {
      text: 'Name the app (for example “Cadence for Rosa’s Bakery”), and under Use cases choose “Access the Threads API”. Finish creating the app; it stays in development mode, which is all Cadence needs to post to your own profile.',
    },
    {
      text: 'Open Use cases → Access the Threads API → Customize. Under Permissions, add threads_content_publish, threads_manage_insights, threads_manage_replies and threads_read_replies (threads_basic is already there).',
    },
    {
      text: 'Open Settings in the same use case. Under Redirect Callback URLs, paste this address exactly (Threads only takes https addresses). Paste it under Uninstall Callback URL and Delete Callback URL too, then save:',
      copy: THREADS_REDIRECT_URI,
    },
    {
      text: 'Open App roles → Roles → Add People, choose Threads Tester and enter your Threads username. Then, in the Threads app, open Settings → Account → Website permissions → Invites and accept the invitation.',
    },
    {
      text: 'Open App settings → Basic and copy the Threads App ID and the Threads App Secret into the fields below (not the Facebook App ID above them).',
    },
    {
      text: 'Choose Test connection, then Sign in with Threads. Your browser opens Threads: check the profile and choose Allow. The browser then stops on a page that says it cannot connect. That is expected: copy the whole address from the address bar (it starts with https://127.0.0.1:8734) and paste it into Cadence.',
    },
    {
      text: 'Photos: Threads only takes a photo from a public web address. When a Facebook Page is connected in Cadence, Cadence uploads each photo to that Page as an unpublished photo (it does not appear on the Page), gives Threads its address, and deletes it once Threads has it. Without a connected Facebook Page, Cadence posts text only to Threads.',
    },
  ],
  scopes: [
    {
      name: 'threads_basic',
      purpose: 'read your Threads profile and your posts, to check whether a post went out',
    },
    { name: 'threads_content_publish', purpose: 'publish your posts' },
    { name: 'threads_manage_insights', purpose: 'read your follower count' },
    { name: 'threads_manage_replies', purpose: 'publish your answers to replies' },
    { name: 'threads_read_replies', purpose: 'read the replies to your posts' },
  ],
};
