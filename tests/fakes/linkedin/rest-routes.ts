// LinkedIn's versioned REST routes the connector uses: posts (create and list by author),
// image uploads (initializeUpload, then PUT to the upload URL), the organizations a member
// administers (organizationAcls) and their names (organizations), an organization's follower
// count (networkSizes), and OIDC userinfo. Shapes come from schema.ts; refusals follow the
// error handling page.
import { randomBytes } from 'node:crypto';
import type { FakeReply } from '../http-fake-kit';
import { sniffImage } from '../image-sniff';
import { shapeViolations } from '../shape-check';
import {
  AclsPage,
  CreatePost,
  ImageElement,
  InitializeUpload,
  InitializeUploadResponse,
  NetworkSize,
  Organization,
  PostElement,
  PostsPage,
  UserInfo,
} from './schema';
import type { LinkedInToken } from './oauth';

export interface LinkedInMember {
  id: string;
  givenName: string;
  familyName: string;
}
export interface LinkedInOrganization {
  id: string;
  name: string;
  followers: number;
  /** The member's role on the page; null when they have none. */
  role: 'ADMINISTRATOR' | 'CONTENT_ADMINISTRATOR' | 'ANALYST' | null;
}
export interface LinkedInPost {
  id: string;
  body: Record<string, unknown>;
  createdAt: number;
}
export interface LinkedInImage {
  id: string;
  owner: string;
  uploadKey: string;
  bytes?: Buffer;
  mimeType?: string;
}

export interface RestContext {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  raw: Buffer;
  token: LinkedInToken;
  violations: string[];
}

export function linkedInError(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): FakeReply {
  return { status, json: { status, message, ...extra } };
}

const denied = (resource: string) =>
  linkedInError(403, `Not enough permissions to access: ${resource}`, {
    serviceErrorCode: 100,
    code: 'ACCESS_DENIED',
  });
const unprocessable = (field: string, reason: string) =>
  linkedInError(422, `ERROR :: ${field} :: ${reason}`, {
    errorDetailType: 'com.linkedin.common.error.BadRequest',
    errorDetails: {},
  });

export function restRoutes(
  world: {
    member: LinkedInMember;
    organizations: LinkedInOrganization[];
    posts: LinkedInPost[];
    images: Map<string, LinkedInImage>;
  },
  now: () => number,
  baseUrl: () => string,
) {
  const memberUrn = () => `urn:li:person:${world.member.id}`;
  const adminOf = (urn: string) =>
    world.organizations.find(
      (org) =>
        `urn:li:organization:${org.id}` === urn &&
        (org.role === 'ADMINISTRATOR' || org.role === 'CONTENT_ADMINISTRATOR'),
    );
  const has = (token: LinkedInToken, ...scopes: string[]) =>
    scopes.some((scope) => token.scopes.includes(scope));

  const userinfo = (context: RestContext): FakeReply => {
    if (!has(context.token, 'openid') || !has(context.token, 'profile')) return denied('/userinfo');
    const { member } = world;
    const json = {
      sub: member.id,
      name: `${member.givenName} ${member.familyName}`,
      given_name: member.givenName,
      family_name: member.familyName,
      picture: `https://media.licdn.com/dms/image/${member.id}/profile-displayphoto-shrink_100_100/0`,
      locale: { country: 'US', language: 'en' },
    };
    context.violations.push(...shapeViolations(UserInfo, json, 'GET /v2/userinfo response'));
    return { status: 200, json };
  };

  const createPost = (context: RestContext): FakeReply => {
    const problems = shapeViolations(CreatePost, context.body, 'POST /rest/posts body');
    const parsed = CreatePost.safeParse(context.body);
    if (!parsed.success || problems.length > 0) {
      context.violations.push(...problems);
      return unprocessable(problems[0]?.split(' at ')[1]?.split(':')[0] ?? '/', problems.join('; '));
    }
    const post = parsed.data;
    if (post.author.startsWith('urn:li:person:')) {
      if (post.author !== memberUrn()) return denied('partnerApiPostsExternal.CREATE');
      if (!has(context.token, 'w_member_social')) return denied('partnerApiPostsExternal.CREATE');
    } else if (!has(context.token, 'w_organization_social') || !adminOf(post.author)) {
      return denied('partnerApiPostsExternal.CREATE');
    }
    const imageIds =
      post.content && 'media' in post.content
        ? [post.content.media.id]
        : post.content && 'multiImage' in post.content
          ? post.content.multiImage.images.map((i) => i.id)
          : [];
    for (const id of imageIds) {
      const image = world.images.get(id);
      if (!image || image.owner !== post.author)
        return unprocessable('/content/media/id', `Image ${id} is not owned by the author`);
      if (!image.bytes) return unprocessable('/content/media/id', `Image ${id} has not been uploaded`);
    }
    const id = `urn:li:share:${7_300_000_000_000_000_000n + BigInt(world.posts.length + 1)}`;
    world.posts.push({ id, body: post, createdAt: now() });
    // [posts] "A successful response returns 201 Created, and the newly created post is identified by the x-restli-id response header."
    return { status: 201, headers: { 'x-restli-id': id } };
  };

  const listPosts = (context: RestContext): FakeReply => {
    const author = context.query.get('author') ?? '';
    if (context.query.get('q') !== 'author' || !author)
      return linkedInError(400, 'q=author and author are required');
    const known = new Set(['q', 'author', 'count', 'start', 'sortBy', 'viewContext']);
    const extra = [...context.query.keys()].filter((key) => !known.has(key));
    if (extra.length > 0) {
      context.violations.push(`GET /rest/posts: unknown query parameters ${extra.join(', ')}`);
      return linkedInError(400, `Unknown query parameter ${extra[0]}`);
    }
    if (author !== memberUrn() && !adminOf(author)) return denied('partnerApiPostsExternal.FINDER-author');
    if (
      !has(
        context.token,
        'r_member_social',
        'r_organization_social',
        'w_member_social',
        'w_organization_social',
      )
    )
      return denied('partnerApiPostsExternal.FINDER-author');
    const start = Number(context.query.get('start') ?? 0);
    const count = Math.min(Number(context.query.get('count') ?? 10), 100);
    const mine = world.posts.filter((post) => post.body.author === author).reverse();
    const elements = mine.slice(start, start + count).map((post) => ({
      ...post.body,
      id: post.id,
      createdAt: post.createdAt,
      publishedAt: post.createdAt,
      lastModifiedAt: post.createdAt,
      lifecycleStateInfo: { isEditedByAuthor: false },
    }));
    const json = { elements, paging: { start, count, total: mine.length, links: [] } };
    context.violations.push(...shapeViolations(PostsPage, json, 'GET /rest/posts response'));
    for (const element of elements)
      context.violations.push(...shapeViolations(PostElement, element, 'GET /rest/posts element'));
    return { status: 200, json };
  };

  const initializeUpload = (context: RestContext): FakeReply => {
    if (context.query.get('action') !== 'initializeUpload') return linkedInError(400, 'Unsupported action');
    const problems = shapeViolations(InitializeUpload, context.body, 'POST /rest/images body');
    const parsed = InitializeUpload.safeParse(context.body);
    if (!parsed.success || problems.length > 0) {
      context.violations.push(...problems);
      return unprocessable('/initializeUploadRequest', problems.join('; '));
    }
    const owner = parsed.data.initializeUploadRequest.owner;
    if (owner.startsWith('urn:li:person:') ? owner !== memberUrn() : !adminOf(owner))
      return denied('partnerApiImages.ACTION-initializeUpload');
    const image: LinkedInImage = {
      id: `urn:li:image:D4E${randomBytes(9).toString('base64url')}`,
      owner,
      uploadKey: randomBytes(16).toString('hex'),
    };
    world.images.set(image.id, image);
    const json = {
      value: {
        uploadUrlExpiresAt: now() + 24 * 60 * 60 * 1000,
        uploadUrl: `${baseUrl()}/dms-uploads/${image.uploadKey}`,
        image: image.id,
      },
    };
    context.violations.push(...shapeViolations(InitializeUploadResponse, json, 'POST /rest/images response'));
    return { status: 200, json };
  };

  /** [images] "Upload the image using the uploadUrl": a PUT of the raw bytes, with the bearer token. */
  const upload = (context: RestContext, key: string): FakeReply => {
    const image = [...world.images.values()].find((item) => item.uploadKey === key);
    if (!image) return linkedInError(404, 'Upload URL not found');
    const sniffed = sniffImage(context.raw);
    if (!sniffed) return linkedInError(400, 'The uploaded file is not a supported image (JPG, GIF or PNG)');
    image.bytes = context.raw;
    image.mimeType = sniffed.mimeType;
    return { status: 201 };
  };

  const getImage = (context: RestContext, urn: string): FakeReply => {
    const image = world.images.get(urn);
    if (!image) return linkedInError(404, `Image ${urn} not found`);
    const json = image.bytes
      ? {
          id: image.id,
          owner: image.owner,
          status: 'AVAILABLE',
          downloadUrl: `https://media.licdn.com/dms/image/${image.uploadKey}`,
          downloadUrlExpiresAt: now() + 3_600_000,
        }
      : { id: image.id, owner: image.owner, status: 'WAITING_UPLOAD' };
    context.violations.push(...shapeViolations(ImageElement, json, 'GET /rest/images response'));
    return { status: 200, json };
  };

  const organizationAcls = (context: RestContext): FakeReply => {
    if (context.query.get('q') !== 'roleAssignee') return linkedInError(400, 'q=roleAssignee is required');
    if (
      !has(
        context.token,
        'rw_organization_admin',
        'r_organization_admin',
        'w_organization_social',
        'r_organization_social',
      )
    )
      return denied('organizationAcls.FINDER-roleAssignee');
    const role = context.query.get('role');
    const state = context.query.get('state');
    const elements = world.organizations
      .filter((org) => org.role !== null && (!role || org.role === role) && (!state || state === 'APPROVED'))
      .map((org) => ({
        roleAssignee: memberUrn(),
        state: 'APPROVED',
        role: org.role,
        organization: `urn:li:organization:${org.id}`,
      }));
    const json = { elements, paging: { start: 0, count: elements.length, links: [] } };
    context.violations.push(...shapeViolations(AclsPage, json, 'GET /rest/organizationAcls response'));
    return { status: 200, json };
  };

  /** [orgs] An administered organization's name; ADMINISTRATOR role and rw_organization_admin. */
  const organization = (context: RestContext, id: string): FakeReply => {
    const org = world.organizations.find((item) => item.id === id);
    if (!org) return linkedInError(404, `Organization ${id} not found`);
    if (!has(context.token, 'rw_organization_admin') || org.role !== 'ADMINISTRATOR')
      return denied('organizations.GET');
    const json = {
      id: Number(org.id),
      localizedName: org.name,
      vanityName: org.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      name: { localized: { en_US: org.name }, preferredLocale: { country: 'US', language: 'en' } },
    };
    context.violations.push(...shapeViolations(Organization, json, 'GET /rest/organizations response'));
    return { status: 200, json };
  };

  const networkSize = (context: RestContext, urn: string): FakeReply => {
    if (context.query.get('edgeType') !== 'COMPANY_FOLLOWED_BY_MEMBER')
      return linkedInError(400, 'edgeType must be COMPANY_FOLLOWED_BY_MEMBER for an organization');
    const org = world.organizations.find((item) => `urn:li:organization:${item.id}` === urn);
    if (!org) return linkedInError(404, `Organization ${urn} not found`);
    if (
      !has(context.token, 'r_organization_social', 'rw_organization_admin', 'r_organization_admin') ||
      !org.role
    )
      return denied('networkSizes.GET');
    const json = { firstDegreeSize: org.followers };
    context.violations.push(...shapeViolations(NetworkSize, json, 'GET /rest/networkSizes response'));
    return { status: 200, json };
  };

  return {
    userinfo,
    createPost,
    listPosts,
    initializeUpload,
    upload,
    getImage,
    organizationAcls,
    organization,
    networkSize,
  };
}
