// Registering a LinkedIn developer app for Cadence. LinkedIn sends the browser back only to a
// redirect URL listed in the app's Auth settings exactly as written (learn.microsoft.com/
// linkedin/shared/authentication/authorization-code-flow), so Cadence listens on 127.0.0.1 at
// the same fixed port and path as for X. Posting as the owner needs "Share on LinkedIn" and
// "Sign In with LinkedIn using OpenID Connect"; posting as a company Page needs the
// "Community Management API" product, which LinkedIn reviews.
import type { OwnAppGuide } from './own-app-guide';

/** The port Cadence's loopback listener uses for LinkedIn's sign-in: the one the owner registers. */
export const LINKEDIN_REDIRECT_PORT = 8734;
export const LINKEDIN_REDIRECT_URI = `http://127.0.0.1:${LINKEDIN_REDIRECT_PORT}/oauth/callback`;

/** OpenID Connect (who the owner is) and Share on LinkedIn (posting as them). */
export const LINKEDIN_MEMBER_SCOPES = ['openid', 'profile', 'w_member_social'] as const;
/** Community Management API: posting as, reading and counting the followers of the Pages they run. */
export const LINKEDIN_ORGANIZATION_SCOPES = [
  'w_organization_social',
  'r_organization_social',
  'rw_organization_admin',
] as const;
export const LINKEDIN_SCOPES = [...LINKEDIN_MEMBER_SCOPES, ...LINKEDIN_ORGANIZATION_SCOPES] as const;

export const linkedInGuide: OwnAppGuide = {
  portalUrl: 'https://www.linkedin.com/developers/apps',
  redirectUri: LINKEDIN_REDIRECT_URI,
  clientSecret: 'optional',
  steps: [
    {
      text: 'Go to linkedin.com/developers/apps, sign in with the LinkedIn account you post as, and choose Create app.',
    },
    {
      text: 'Name the app (for example “Cadence for Rosa’s Bakery”) and pick your business’s LinkedIn Page as its company (LinkedIn asks for one). Add a logo, agree to the terms and create the app. If LinkedIn asks, have a Page admin verify the app under Settings → Verify.',
    },
    {
      text: 'Open Products and add “Share on LinkedIn” and “Sign In with LinkedIn using OpenID Connect”. LinkedIn grants both at once.',
    },
    {
      text: 'To post as your company Page as well, also request the “Community Management API” product. LinkedIn reviews that request and answers by email; until it is granted, Cadence posts as you only, and LinkedIn may refuse to sign Cadence in while the app asks for it, so connect again once it is granted.',
    },
    {
      text: 'Open Auth. Under OAuth 2.0 settings → Authorized redirect URLs for your app, add this address exactly. LinkedIn compares it letter for letter, port included:',
      copy: LINKEDIN_REDIRECT_URI,
    },
    {
      text: 'On the same Auth page, copy the Client ID and the Primary Client Secret into the fields below. Cadence keeps the secret in your computer’s keychain.',
    },
    {
      text: `Choose Test connection, then Sign in with LinkedIn. Your browser opens LinkedIn: check the account and choose Allow. Cadence listens on this computer at port ${LINKEDIN_REDIRECT_PORT} only while you sign in; if another program uses that port, close it and connect again.`,
    },
    {
      text: 'LinkedIn’s sign-in lasts 60 days. If LinkedIn allowed your app refresh tokens, Cadence renews it by itself for up to a year; otherwise the calendar tells you ahead of time when to reconnect.',
    },
  ],
  scopes: [
    { name: 'openid', purpose: 'know which LinkedIn member signed in' },
    { name: 'profile', purpose: 'read your name and picture' },
    { name: 'w_member_social', purpose: 'publish your posts as you' },
    { name: 'w_organization_social', purpose: 'publish posts as the Pages you run' },
    { name: 'r_organization_social', purpose: 'read your Pages’ posts, to check whether a post went out' },
    {
      name: 'rw_organization_admin',
      purpose: 'list the Pages you run, with their names and follower counts',
    },
  ],
};
