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

/** Permissions Cadence asks for, each with what it is for (developers.facebook.com/docs/permissions). */
export const META_PERMISSIONS = [
  {
    name: 'pages_show_list',
    purpose: 'ownAppGuides.meta.scopes.pagesShowList',
  },
  {
    name: 'pages_read_engagement',
    purpose: 'ownAppGuides.meta.scopes.pagesReadEngagement',
  },
  {
    name: 'pages_manage_posts',
    purpose: 'ownAppGuides.meta.scopes.pagesManagePosts',
  },
  { name: 'pages_read_user_content', purpose: 'ownAppGuides.meta.scopes.pagesReadUserContent' },
  { name: 'pages_manage_engagement', purpose: 'ownAppGuides.meta.scopes.pagesManageEngagement' },
  {
    name: 'instagram_basic',
    purpose: 'ownAppGuides.meta.scopes.instagramBasic',
  },
  {
    name: 'instagram_content_publish',
    purpose: 'ownAppGuides.meta.scopes.instagramContentPublish',
  },
  {
    name: 'instagram_manage_comments',
    purpose: 'ownAppGuides.meta.scopes.instagramManageComments',
  },
  {
    name: 'business_management',
    purpose: 'ownAppGuides.meta.scopes.businessManagement',
  },
] as const;

export const META_SCOPES: readonly string[] = META_PERMISSIONS.map((permission) => permission.name);

export const metaGuide: OwnAppGuide = {
  portalUrl: 'https://developers.facebook.com/apps/',
  redirectUri: META_REDIRECT_URI,
  clientSecret: 'required',
  steps: [
    {
      text: 'ownAppGuides.meta.steps.createApp',
    },
    {
      text: 'ownAppGuides.meta.steps.nameApp',
    },
    {
      text: 'ownAppGuides.meta.steps.facebookLogin',
      copy: META_REDIRECT_URI,
    },
    {
      text: 'ownAppGuides.meta.steps.instagram',
    },
    {
      text: 'ownAppGuides.meta.steps.developmentMode',
    },
    {
      text: 'ownAppGuides.meta.steps.keys',
    },
    {
      text: 'ownAppGuides.meta.steps.signIn',
      params: { port: META_REDIRECT_PORT },
    },
    {
      text: 'ownAppGuides.meta.steps.renewal',
    },
    // What Instagram does with the owner's photos.
    { text: 'ownAppGuides.meta.steps.imageNote' },
  ],
  scopes: META_PERMISSIONS,
};
