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
      text: 'Go to developer.x.com and sign in with the X account you post as. If X asks, sign up for a developer account; the Free plan can post, but cannot read your posts back, so after a lost answer Cadence asks you whether a post went out.',
    },
    {
      text: 'In the Developer Portal, create a Project and an App inside it. Any name will do, such as “Cadence for Rosa’s Bakery”.',
    },
    { text: 'Open the app’s settings and, under “User authentication settings”, choose Set up.' },
    { text: 'Under App permissions, choose “Read and write”.' },
    {
      text: 'Under Type of App, choose “Native App”: Cadence then needs only the Client ID. (“Web App, Automated App or Bot” works too; it also gives a Client Secret, which Cadence keeps in your computer’s keychain.)',
    },
    {
      text: 'Under Callback URI / Redirect URL, paste this address exactly. X compares it letter for letter, port included, so do not change it to “localhost”:',
      copy: X_REDIRECT_URI,
    },
    { text: 'Under Website URL, enter your business’s website (X requires one), then save.' },
    {
      text: 'Open “Keys and tokens” and copy the OAuth 2.0 Client ID (and the Client Secret, for a Web App) into the fields below. The API Key and Secret above them are for something else.',
    },
    {
      text: `Choose Test connection, then Sign in with X. Your browser opens X: check the account and choose “Authorize app”. Cadence listens on this computer at port ${X_REDIRECT_PORT} only while you sign in; if another program uses that port, close it and connect again.`,
    },
  ],
  scopes: [
    { name: 'tweet.read', purpose: 'read your posts, to check whether a post went out' },
    { name: 'tweet.write', purpose: 'publish your posts and replies' },
    { name: 'users.read', purpose: 'read your handle, name, picture and follower count' },
    { name: 'offline.access', purpose: 'stay connected without signing in every two hours' },
    { name: 'media.write', purpose: 'upload your photos' },
  ],
};
