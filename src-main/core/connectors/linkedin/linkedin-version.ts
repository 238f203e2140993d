// The one place the LinkedIn-Version header is pinned. LinkedIn releases a version (YYYYMM)
// every month and supports each for about a year (learn.microsoft.com/linkedin/marketing/
// versioning); a retired one is answered 426 NONEXISTENT_VERSION, which Cadence tells the owner
// as it is instead of failing obscurely (Postiz #2005).
//
// To bump it: read the Posts, Images, Organization Access Control, Organization Lookup and
// Network Sizes pages' "recent changes" for every month between this version and the new one,
// adjust the requests if a shape changed, set the new month here, and add it to the fake's
// active versions if it is not there (tests/fakes/linkedin/linkedin-fake.ts).
export const LINKEDIN_API_VERSION = '202606';

/** Rest.li 2.0 is required by every /rest call. */
export const RESTLI_PROTOCOL_VERSION = '2.0.0';
