// Registering a Meta app for Cadence: one app and one Facebook sign-in give both the owner's
// Facebook Pages and the Instagram professional accounts linked to them. A development-mode app
// may act for the people who have a role on it, which is the owner, so no App Review is needed;
// and while an app is in development mode Facebook Login sends the browser back to an http
// address on this computer ("You will still be able to use HTTP with localhost addresses, but
// only while your app is still in development mode",
// developers.facebook.com/blog/post/2018/06/08/enforce-https-facebook-login). Strict mode
// matches the address letter for letter, so Cadence listens at one fixed port.
import type { OwnAppGuide } from './own-app-guide';

/** The port Cadence's loopback listener uses for Facebook's sign-in: the one the owner registers. */
export const META_REDIRECT_PORT = 8735;
export const META_REDIRECT_URI = `http://127.0.0.1:${META_REDIRECT_PORT}/oauth/callback`;

/** What Instagram does with the owner's photos, in the words the composer and Settings show. */
export const INSTAGRAM_IMAGE_NOTE =
  'Instagram fetches your images from the internet, so Cadence first uploads them to your Facebook Page as unpublished photos, which only Page admins can see, and deletes them after posting.';

/** Permissions Cadence asks for, each with what it is for (developers.facebook.com/docs/permissions). */
export const META_PERMISSIONS = [
  {
    name: 'pages_show_list',
    purpose: 'list the Pages you manage, so you can choose which to connect',
  },
  {
    name: 'pages_read_engagement',
    purpose:
      'read your Page’s name, follower count and recent posts (to check whether a post went out), and where Facebook keeps the photos Cadence uploads for Instagram',
  },
  {
    name: 'pages_manage_posts',
    purpose:
      'publish posts and photos on your Page, and upload and remove the unpublished photos Instagram fetches',
  },
  { name: 'pages_read_user_content', purpose: 'read the comments people leave on your Page’s posts' },
  { name: 'pages_manage_engagement', purpose: 'answer those comments from Cadence’s inbox' },
  {
    name: 'instagram_basic',
    purpose: 'read your Instagram account’s name, follower count and recent posts',
  },
  {
    name: 'instagram_content_publish',
    purpose: 'publish photos and carousels on Instagram, and read how many posts it still takes today',
  },
  {
    name: 'instagram_manage_comments',
    purpose: 'read and answer the comments on your Instagram posts',
  },
  {
    name: 'business_management',
    purpose:
      'find your Page and Instagram account when they belong to a business portfolio (Meta Business Suite puts them in one)',
  },
] as const;

export const META_SCOPES: readonly string[] = META_PERMISSIONS.map((permission) => permission.name);

export const metaGuide: OwnAppGuide = {
  portalUrl: 'https://developers.facebook.com/apps/',
  redirectUri: META_REDIRECT_URI,
  clientSecret: 'required',
  steps: [
    {
      text: 'Go to developers.facebook.com/apps and sign in with the Facebook account that manages your Page. If Meta asks, register as a developer (it is free). Choose Create App.',
    },
    {
      text: 'Give the app a name, such as “Cadence for Rosa’s Bakery”, and your email. When Meta asks what the app should do, choose “Other”, then the app type “Business”. If it asks for a business portfolio, choose yours, or continue without one.',
    },
    {
      text: 'On the app’s dashboard, set up “Facebook Login for Business” (Meta may call it “Facebook Login”). Open its Settings and, under “Valid OAuth Redirect URIs”, paste this address exactly, then save. Meta compares it letter for letter, port included:',
      copy: META_REDIRECT_URI,
    },
    {
      text: 'For Instagram, also set up the “Instagram” product with Facebook Login. Your Instagram account must be a professional account (Business or Creator) linked to your Facebook Page: in Instagram, Settings → Account type and tools, then link it from your Page’s settings.',
    },
    {
      text: 'Leave the app in Development mode. In that mode it works only for people with a role on the app, which is you, so Meta needs no review; it is also the only mode in which Meta sends the sign-in back to an address on this computer.',
    },
    {
      text: 'Open App settings → Basic and copy the App ID and the App Secret (choose Show) into the fields below. Cadence keeps the secret in your computer’s keychain.',
    },
    {
      text: `Choose Test connection, then Sign in with Facebook. Facebook opens in your browser: continue as yourself, tick the Pages and Instagram accounts Cadence may use, and allow every permission listed below. Cadence listens on this computer at port ${META_REDIRECT_PORT} only while you sign in. Back in Cadence, choose which Page and Instagram account to connect.`,
    },
    {
      text: 'Facebook’s sign-in lasts about 60 days. Cadence renews it before then; if Facebook refuses, the calendar shows which posts are at risk and when to reconnect.',
    },
    { text: INSTAGRAM_IMAGE_NOTE },
  ],
  scopes: META_PERMISSIONS,
};
