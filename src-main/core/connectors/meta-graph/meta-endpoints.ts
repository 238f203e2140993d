// Where Meta's Graph API and its sign-in dialog live, and the one Graph API version Cadence
// speaks. Meta keeps each version for about two years (developers.facebook.com/docs/graph-api/
// changelog); when it retires this one, every answer says so and the owner is told to update
// Cadence (graph-errors). Tests and e2e web mode point both hosts at the fake through
// ConnectorContext.endpoints.facebook / .instagram; the owner's Cadence uses Meta's hosts.
import type { ConnectorContext } from '../connector';

export { META_REDIRECT_URI, META_SCOPES } from '../../../shared/own-app-guides/meta';

/** The Graph API version every request names. */
export const GRAPH_API_VERSION = 'v25.0';

export interface MetaEndpoints {
  /** The Graph API host, which also serves the token exchange (/oauth/access_token). */
  graph: string;
  /** The host of the sign-in dialog the owner's browser opens. */
  dialog: string;
}

export const META_DEFAULT_ENDPOINTS: MetaEndpoints = {
  graph: 'https://graph.facebook.com',
  dialog: 'https://www.facebook.com',
};

export type MetaNetwork = 'facebook' | 'instagram';

export function metaEndpoints(ctx: ConnectorContext, network: MetaNetwork): MetaEndpoints {
  const given = ctx.endpoints?.[network] ?? {};
  return {
    graph: (given.graph ?? META_DEFAULT_ENDPOINTS.graph).replace(/\/+$/, ''),
    dialog: (given.dialog ?? META_DEFAULT_ENDPOINTS.dialog).replace(/\/+$/, ''),
  };
}

/** The versioned Graph API base: https://graph.facebook.com/v25.0. */
export function graphBase(endpoints: MetaEndpoints): string {
  return `${endpoints.graph}/${GRAPH_API_VERSION}`;
}

/** The sign-in dialog: https://www.facebook.com/v25.0/dialog/oauth. */
export function dialogUrl(endpoints: MetaEndpoints): string {
  return `${endpoints.dialog}/${GRAPH_API_VERSION}/dialog/oauth`;
}
