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
      text: 'ownAppGuides.linkedin.steps.createApp',
    },
    {
      text: 'ownAppGuides.linkedin.steps.nameApp',
    },
    {
      text: 'ownAppGuides.linkedin.steps.products',
    },
    {
      text: 'ownAppGuides.linkedin.steps.communityManagement',
    },
    {
      text: 'ownAppGuides.linkedin.steps.redirect',
      copy: LINKEDIN_REDIRECT_URI,
    },
    {
      text: 'ownAppGuides.linkedin.steps.keys',
    },
    {
      text: 'ownAppGuides.linkedin.steps.signIn',
      params: { port: LINKEDIN_REDIRECT_PORT },
    },
    {
      text: 'ownAppGuides.linkedin.steps.renewal',
    },
  ],
  scopes: [
    { name: 'openid', purpose: 'ownAppGuides.linkedin.scopes.openid' },
    { name: 'profile', purpose: 'ownAppGuides.linkedin.scopes.profile' },
    { name: 'w_member_social', purpose: 'ownAppGuides.linkedin.scopes.wMemberSocial' },
    { name: 'w_organization_social', purpose: 'ownAppGuides.linkedin.scopes.wOrganizationSocial' },
    { name: 'r_organization_social', purpose: 'ownAppGuides.linkedin.scopes.rOrganizationSocial' },
    {
      name: 'rw_organization_admin',
      purpose: 'ownAppGuides.linkedin.scopes.rwOrganizationAdmin',
    },
  ],
};
