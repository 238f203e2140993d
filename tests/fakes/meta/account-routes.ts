// The signed-in user and the Pages they manage: GET /me and GET /me/accounts, which hands out
// each Page's access token and its linked Instagram professional account.
import { ERRORS, graphError } from './errors';
import { fieldViolations, unknownFields } from './graph-spec';
import type { MetaOAuth } from './oauth';
import { renderNode } from './page-routes';
import { requestedFields, specParams, type GraphRoute } from './params';
import type { MetaWorld } from './world';

/** `tasks` is listed on the accounts edge, not as a Page field (developers.facebook.com/docs/graph-api/reference/user/accounts). */
const ACCOUNT_EDGE_FIELDS = ['tasks'];

export function accountRoutes(world: MetaWorld, oauth: MetaOAuth) {
  const me: GraphRoute = (context) => {
    if (context.token.kind === 'page') {
      const page = world.pages.get(context.token.pageId);
      return renderNode(context, 'Page', { id: page?.id, name: page?.name }, ['id', 'name']);
    }
    const checked = specParams(context, 'User', 'GET', undefined);
    if ('reply' in checked) return checked.reply;
    return renderNode(context, 'User', { id: world.owner.id, name: world.owner.name }, ['id', 'name']);
  };

  const accounts: GraphRoute = (context) => {
    if (context.token.kind !== 'user')
      return graphError(ERRORS.invalidParameter('accounts is only available with a user token'));
    const checked = specParams(context, 'User', 'GET', 'accounts');
    if ('reply' in checked) return checked.reply;
    const fields = requestedFields(context, [
      'access_token',
      'category',
      'category_list',
      'name',
      'id',
      'tasks',
    ]);
    const unknown = unknownFields('Page', fields, ACCOUNT_EDGE_FIELDS);
    if (unknown.length > 0)
      return graphError(
        ERRORS.invalidParameter(`Tried accessing nonexisting field (${unknown[0]}) on node type (Page)`),
      );
    const scopes = context.token.scopes;
    const data = [...world.pages.values()].map((page) => {
      oauth.tokens.set(page.accessToken, { kind: 'page', pageId: page.id, scopes });
      const all: Record<string, unknown> = {
        id: page.id,
        name: page.name,
        access_token: page.accessToken,
        category: page.category,
        category_list: [{ id: '197048876974495', name: page.category }],
        followers_count: page.followersCount,
        instagram_business_account: page.igUserId ? { id: page.igUserId } : undefined,
        tasks: ['ANALYZE', 'ADVERTISE', 'MODERATE', 'CREATE_CONTENT', 'MANAGE'],
      };
      const json: Record<string, unknown> = { id: page.id };
      for (const field of fields) if (all[field] !== undefined) json[field] = all[field];
      const { tasks: _tasks, ...pageFields } = json;
      context.violations.push(...fieldViolations('Page', pageFields, 'GET /me/accounts item'));
      return json;
    });
    return { status: 200, json: { data, paging: { cursors: { before: 'QVFIUk', after: 'QVFIUl' } } } };
  };

  return { me, accounts };
}
