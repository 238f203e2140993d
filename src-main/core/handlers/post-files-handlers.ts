// Posts imported from a CSV, and the schedule exported as an iCalendar file.
import type { postFilesContract } from '../../shared/contract/post-files';
import { say } from '../../shared/messages/owner-message';
import { localStringAt } from '../../shared/zoned-time';
import type { AppDatabase } from '../db/open-database';
import type { CampaignNames } from '../imports/import-service';
import { PostImport } from '../post-files/post-import';
import { scheduledForIcs, scheduleIcs } from '../post-files/schedule-ics';
import { NO_BACKGROUND_WORK, type ContractHandlers, type CoreContext, type DomainModule } from './types';

export interface PostFilesDeps {
  db: AppDatabase;
  campaigns: CampaignNames;
  wakeOutbox: (reason: 'scheduled') => void;
}

export function postFilesDomain(
  ctx: CoreContext,
  deps: PostFilesDeps,
): DomainModule<typeof postFilesContract> {
  const timeZone = () => ctx.profile.get().timeZone;
  const importer = new PostImport({
    db: deps.db,
    clock: ctx.clock,
    media: ctx.media,
    campaigns: deps.campaigns,
    timeZone,
    channels: () => ctx.channels.list(),
  });

  const handlers: ContractHandlers<typeof postFilesContract> = {
    'postImport.preview': (input) => importer.preview(input),
    'postImport.commit': async (input) => {
      const result = await importer.commit(input);
      for (const postId of result.postIds) {
        const post = ctx.posts.get(postId);
        ctx.activity.append({
          kind: 'post.scheduled',
          postId,
          message: say('activity.imported', {
            file: input.fileName,
            local: post.scheduledLocal?.replace('T', ' ') ?? '',
            timeZone: post.scheduledTimeZone ?? '',
          }),
          detail: {
            scheduledAt: post.scheduledAt,
            timeZone: post.scheduledTimeZone,
            local: post.scheduledLocal,
          },
        });
        ctx.events.emit({ type: 'post.changed', postId });
      }
      deps.wakeOutbox('scheduled');
      return result;
    },
    'schedule.exportIcs': ({ from, to, channelId }) => {
      const now = ctx.clock.now();
      const rows = scheduledForIcs(deps.db, { from: from ?? now, to, channelId });
      const day = localStringAt(now, timeZone()).slice(0, 10);
      return { fileName: `cadence-schedule-${day}.ics`, text: scheduleIcs(rows, now), events: rows.length };
    },
  };
  return { handlers, ...NO_BACKGROUND_WORK };
}
