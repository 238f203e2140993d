// Comments for the inbox: reading and answering comments on Page posts and photos (specs'
// comments edges), replies to a Facebook comment, and the same on Instagram media, with
// replies through an IG comment's replies edge. Comment nodes are not in the specs, so their
// shapes are zod schemas here:
//  [fb] https://developers.facebook.com/docs/graph-api/reference/comment
//  [ig] https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment
//  [ig-replies] https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies
import { z } from 'zod';
import { shapeViolations } from '../shape-check';
import { ERRORS, graphError } from './errors';
import { requestedFields, specParams, type GraphContext, type GraphRoute } from './params';
import { graphTime, type MetaComment, type MetaWorld } from './world';

/** [fb] Fields of a Facebook comment. */
export const FacebookComment = z.strictObject({
  id: z.string(),
  message: z.string().optional(),
  created_time: z.string().optional(),
  from: z.strictObject({ id: z.string(), name: z.string() }).optional(),
  parent: z.strictObject({ id: z.string() }).optional(),
});

/** [ig] Fields of an Instagram comment. */
export const InstagramComment = z.strictObject({
  id: z.string(),
  text: z.string().optional(),
  timestamp: z.string().optional(),
  username: z.string().optional(),
  from: z.strictObject({ id: z.string(), username: z.string() }).optional(),
  parent_id: z.string().optional(),
});

/** [fb] POST /{comment-id}/comments and [ig-replies] POST /{ig-comment-id}/replies take a message. */
const ReplyParams = z.strictObject({
  message: z.string().min(1),
  access_token: z.string().optional(),
  appsecret_proof: z.string().optional(),
});

export function commentRoutes(world: MetaWorld, now: () => number) {
  const render = (context: GraphContext, comment: MetaComment) => {
    const facebook = comment.network === 'facebook';
    const all: Record<string, unknown> = facebook
      ? {
          id: comment.id,
          message: comment.message,
          created_time: graphTime(comment.createdAt),
          from: comment.from,
          parent: comment.parentCommentId ? { id: comment.parentCommentId } : undefined,
        }
      : {
          id: comment.id,
          text: comment.message,
          timestamp: graphTime(comment.createdAt),
          username: comment.from.name,
          from: { id: comment.from.id, username: comment.from.name },
          parent_id: comment.parentCommentId,
        };
    const fields = requestedFields(
      context,
      facebook ? ['id', 'message', 'created_time', 'from'] : ['id', 'text', 'timestamp'],
    );
    const json: Record<string, unknown> = { id: comment.id };
    for (const field of fields) if (all[field] !== undefined) json[field] = all[field];
    context.violations.push(
      ...shapeViolations(
        facebook ? FacebookComment : InstagramComment,
        json,
        `${context.request.path} comment`,
      ),
    );
    return json;
  };

  const targetOf = (
    context: GraphContext,
  ): { id: string; network: MetaComment['network']; node: 'PagePost' | 'Photo' | 'IGMedia' } | undefined => {
    const { object } = context;
    if (object.kind === 'post') return { id: object.post.id, network: 'facebook', node: 'PagePost' };
    if (object.kind === 'photo') return { id: object.photo.id, network: 'facebook', node: 'Photo' };
    if (object.kind === 'ig-media') return { id: object.media.id, network: 'instagram', node: 'IGMedia' };
    return undefined;
  };

  const list: GraphRoute = (context) => {
    const target = targetOf(context);
    if (!target) return graphError(ERRORS.missingObject(context.request.path));
    const checked = specParams(context, target.node, 'GET', 'comments');
    if ('reply' in checked) return checked.reply;
    const data = [...world.comments.values()]
      .filter((comment) => comment.targetId === target.id && !comment.parentCommentId)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((comment) => render(context, comment));
    return { status: 200, json: { data, paging: { cursors: { before: 'QVFI', after: 'QVFJ' } } } };
  };

  const answer = (
    context: GraphContext,
    targetId: string,
    network: MetaComment['network'],
    message: string,
    parent?: MetaComment,
  ) => {
    const author = context.token.kind === 'page' ? world.pages.get(context.token.pageId) : undefined;
    const igUser = author?.igUserId ? world.igUsers.get(author.igUserId) : undefined;
    const comment: MetaComment = {
      id: world.nextId(),
      targetId,
      parentCommentId: parent?.id,
      network,
      from:
        network === 'instagram'
          ? { id: igUser?.id ?? world.owner.id, name: igUser?.username ?? world.owner.name }
          : { id: author?.id ?? world.owner.id, name: author?.name ?? world.owner.name },
      message,
      createdAt: now(),
    };
    world.comments.set(comment.id, comment);
    return { status: 200, json: { id: comment.id } };
  };

  const create: GraphRoute = (context) => {
    const target = targetOf(context);
    if (!target) return graphError(ERRORS.missingObject(context.request.path));
    const checked = specParams(context, target.node, 'POST', 'comments');
    if ('reply' in checked) return checked.reply;
    const message = String(checked.values.message ?? '');
    if (!message) return graphError(ERRORS.invalidParameter('Missing message'));
    return answer(context, target.id, target.network, message);
  };

  /** A reply to a comment: Facebook's /{comment-id}/comments, Instagram's /{ig-comment-id}/replies. */
  const reply =
    (network: MetaComment['network']): GraphRoute =>
    (context) => {
      if (context.object.kind !== 'comment' || context.object.comment.network !== network)
        return graphError(ERRORS.missingObject(context.request.path));
      const problems = shapeViolations(ReplyParams, context.raw, `POST ${context.request.path} params`);
      if (problems.length > 0) {
        context.violations.push(...problems);
        return graphError(ERRORS.invalidParameter(problems.join('; ')));
      }
      const parent = context.object.comment;
      return answer(context, parent.targetId, network, context.raw.message ?? '', parent);
    };

  return { list, create, replyFacebook: reply('facebook'), replyInstagram: reply('instagram') };
}
