// The composer's "Campaign" select, and for a campaign post the final links as they will be
// sent, UTM tags added (the stored text stays as written).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '@shared/entities';
import type { Campaign } from '@shared/marketing';
import type { SaidText } from '@shared/messages/owner-message';
import { ownerWords } from '../../i18n/owner-words';
import { call, messageOf } from '../../lib/api';
import { useCoreQuery } from '../../lib/use-core-query';
import { InlineError } from '../../components/inline-error';

interface CampaignFieldProps {
  post: Post | null;
  /** The channels picked for the post, for one preview per network. */
  channels: Array<{ id: string; displayName: string }>;
  /** The text as typed; the preview follows it once it is saved. */
  body: string;
  readOnly: boolean;
  ensureCreated(): Promise<string>;
  onSaved(post: Post): void;
}

interface LinkPreview {
  channelName: string;
  links: Array<{ tagged: string; leftAlone: SaidText | null }>;
}

const PREVIEW_DELAY_MS = 800;
const NO_CAMPAIGNS: Campaign[] = [];

export function CampaignField({
  post,
  channels,
  body,
  readOnly,
  ensureCreated,
  onSaved,
}: CampaignFieldProps) {
  const { t } = useTranslation('composer');
  const id = useId();
  const listed = useCoreQuery('campaigns.list', undefined);
  const campaigns = listed.data ?? NO_CAMPAIGNS;
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? listed.error;
  const [previews, setPreviews] = useState<LinkPreview[]>([]);
  const campaignId = post?.campaignId ?? null;
  const postId = post?.id ?? null;
  const channelKey = channels.map((c) => c.id).join(',');

  useEffect(() => {
    if (!postId || !campaignId || channels.length === 0) return;
    let current = true;
    // After the autosave has stored the text, so the preview shows what will be sent.
    const timer = setTimeout(() => {
      Promise.all(
        channels.map((c) =>
          call('utm.preview', { postId, channelId: c.id }).then((p) => ({
            channelName: c.displayName,
            links: p.links,
          })),
        ),
      ).then(
        (next) => current && setPreviews(next),
        (caught: unknown) => current && setError(messageOf(caught)),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // channelKey stands for the channels' identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [postId, campaignId, channelKey, body]);

  const choose = async (next: string) => {
    try {
      const target = postId ?? (await ensureCreated());
      onSaved(await call('posts.setCampaign', { postId: target, campaignId: next || null }));
      setError(null);
    } catch (caught) {
      setError(messageOf(caught));
    }
  };

  const shown = campaignId ? previews.filter((p) => p.links.length > 0) : [];
  return (
    <section className="composer-card" aria-labelledby={`${id}-title`}>
      <label className="field">
        <span id={`${id}-title`} className="composer-card-title">
          {t('campaign.title')}
        </span>
        <select value={campaignId ?? ''} disabled={readOnly} onChange={(e) => void choose(e.target.value)}>
          <option value="">{t('campaign.none')}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {campaigns.length === 0 && <p className="field-hint">{t('campaign.createUnderInsights')}</p>}
      {campaignId && shown.length === 0 && <p className="field-hint">{t('campaign.tagsWhenSent')}</p>}
      {shown.length > 0 && (
        <div aria-label={t('campaign.linksLabel')}>
          {shown.map((p) => (
            <div key={p.channelName}>
              <p className="field-hint">{t('campaign.linksTo', { channel: p.channelName })}</p>
              <ul className="utm-links" style={{ wordBreak: 'break-all' }}>
                {p.links.map((link) => (
                  <li key={link.tagged}>
                    <code>{link.tagged}</code>
                    {link.leftAlone && <span className="field-hint"> {ownerWords(link.leftAlone)}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      <InlineError message={error} />
    </section>
  );
}
