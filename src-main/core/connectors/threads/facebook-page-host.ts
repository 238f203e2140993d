// The public host for Threads photos: the connected Facebook Page, through the Meta connector's
// unpublished-photo solution (connectors/meta-graph/public-images.ts). Each photo is uploaded
// to the Page unpublished (only its admins see it), Threads is given the address Facebook's CDN
// serves it at, and the photos are deleted once the send is over, whether it went out or not.
import type { Account, ConnectorContext } from '../connector';
import { metaEndpoints } from '../meta-graph/meta-endpoints';
import { MetaSessions } from '../meta-graph/meta-sessions';
import { PageHostedImages } from '../meta-graph/public-images';
import type { FindImageHost } from './threads-images';

/** The connected Facebook Page's account, as the AccountDirectory resolves it; null when none. */
export type FindFacebookPage = () => Promise<Pick<Account, 'secret' | 'handle'> | null>;

export function facebookPageImageHost(ctx: ConnectorContext, findPage: FindFacebookPage): FindImageHost {
  const sessions = new MetaSessions(ctx, metaEndpoints(ctx, 'facebook'), 'Facebook');
  return async () => {
    const page = await findPage();
    if (!page) return null;
    const hosting = new PageHostedImages(sessions.pageApi(page), sessions.stored(page).pageId);
    return {
      where: `your Facebook Page “${page.handle}”`,
      host: (image) => hosting.host(image),
      async removeAll() {
        const left = await hosting.removeAll();
        // An unpublished photo left behind is seen only by the Page's admins; it is not retried.
        if (left.length > 0)
          console.warn(`[cadence] ${left.length} photo(s) hosted for Threads stay on the Page`);
      },
    };
  };
}
