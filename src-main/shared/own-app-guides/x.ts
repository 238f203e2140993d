// Registering an X developer app for Cadence. X sends the browser back only to a callback
// address listed in the app exactly as written, port included ("Your callback URL should
// always be an exact match", docs.x.com/resources/fundamentals/developer-apps), and refuses
// "localhost", so Cadence's sign-in always listens on 127.0.0.1 at one fixed port.
import type { OwnAppGuide } from './own-app-guide';

/** The port Cadence's loopback listener uses for X's sign-in: the one the owner registers. */
export const X_REDIRECT_PORT = 8734;
export const X_REDIRECT_URI = `http://127.0.0.1:${X_REDIRECT_PORT}/oauth/callback`;

/** OAuth 2.0 scopes Cadence asks X for (docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code). */
export const X_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'] as const;

export const xGuide: OwnAppGuide = {
  portalUrl: 'https://developer.x.com/en/portal/dashboard',
  redirectUri: X_REDIRECT_URI,
  clientSecret: 'optional',
  steps: [
    {
      text: 'ownAppGuides.x.steps.signUp',
    },
    {
      text: 'ownAppGuides.x.steps.createApp',
    },
    { text: 'ownAppGuides.x.steps.userAuthentication' },
    { text: 'ownAppGuides.x.steps.permissions' },
    {
      text: 'ownAppGuides.x.steps.appType',
    },
    {
      text: 'ownAppGuides.x.steps.callback',
      copy: X_REDIRECT_URI,
    },
    { text: 'ownAppGuides.x.steps.website' },
    {
      text: 'ownAppGuides.x.steps.keys',
    },
    {
      text: 'ownAppGuides.x.steps.signIn',
      params: { port: X_REDIRECT_PORT },
    },
  ],
  scopes: [
    { name: 'tweet.read', purpose: 'ownAppGuides.x.scopes.tweetRead' },
    { name: 'tweet.write', purpose: 'ownAppGuides.x.scopes.tweetWrite' },
    { name: 'users.read', purpose: 'ownAppGuides.x.scopes.usersRead' },
    { name: 'offline.access', purpose: 'ownAppGuides.x.scopes.offlineAccess' },
    { name: 'media.write', purpose: 'ownAppGuides.x.scopes.mediaWrite' },
  ],
};
