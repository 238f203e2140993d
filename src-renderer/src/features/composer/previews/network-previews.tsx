// How the post will look on each selected network that Cadence can picture: Bluesky, Mastodon,
// Telegram, Discord and X. One preview per channel, each a named region, showing where the text
// stops fitting, the pictures as the feed crops them with their alt-text badges, and the link
// card, with who makes it.
import { NETWORK_LABELS, type Channel, type MediaItem } from '@shared/entities';
import { t } from '../../../i18n/i18n';
import { LinkCard } from './link-card';
import { fitText, isPreviewNetwork, PREVIEW_LOOKS, type PreviewNetwork } from './preview-looks';
import type { LinkCardState } from './use-link-card';
import './previews.css';

export interface NetworkPreviewsProps {
  channels: readonly Channel[];
  body: string;
  variants: Record<string, string>;
  media: readonly MediaItem[];
  /** Alt text as typed, ahead of what is saved. */
  altTexts: Record<string, string>;
  card: LinkCardState;
  pictureUrl(sha256: string): string;
}

export function NetworkPreviews(props: NetworkPreviewsProps) {
  const shown = props.channels.filter((channel) => isPreviewNetwork(channel.network));
  if (shown.length === 0) return null;
  return (
    <section className="composer-card network-previews" aria-labelledby="network-previews-title">
      <h2 id="network-previews-title" className="composer-card-title">
        {t('previews:title')}
      </h2>
      {shown.map((channel) => (
        <ChannelPreview
          key={channel.id}
          channel={channel}
          network={channel.network as PreviewNetwork}
          {...props}
        />
      ))}
    </section>
  );
}

function ChannelPreview(props: NetworkPreviewsProps & { channel: Channel; network: PreviewNetwork }) {
  const { channel, network, media, card } = props;
  const look = PREVIEW_LOOKS[network];
  const networkName = NETWORK_LABELS[network];
  const name = t('previews:channel', { network: networkName, channel: channel.displayName });
  const text = props.variants[channel.id] ?? props.body;
  const fitted = fitText(network, text, { imageCount: media.length, limits: channel.limits });
  const crop = media.length === 1 ? look.crop.single : look.crop.several;
  const showCard = card.status !== 'no-link' && (media.length === 0 || look.cardWithPictures);
  return (
    <article className="network-preview" data-network={network} aria-label={t('previews:on', { name })}>
      <h3 className="network-preview-name">{name}</h3>
      <p className="network-preview-text">
        {fitted.kept}
        {fitted.over && (
          <mark className="network-preview-over" aria-label={t('previews:overLabel')}>
            {fitted.over}
          </mark>
        )}
      </p>
      {fitted.over && (
        <p className="field-hint">
          {t(`previews:over.${fitted.unit === 'weighted characters' ? 'weighted' : fitted.unit}`, {
            network: networkName,
            count: fitted.limit,
          })}
        </p>
      )}
      {media.length > 0 && (
        <ul className="network-preview-pictures" data-count={media.length}>
          {media.map((item) => {
            const altText = (props.altTexts[item.id] ?? item.altText).trim();
            return (
              <li key={item.id} className="network-preview-picture">
                {item.video ? (
                  // Muted, with no controls: the clip's first frame stands for it in the preview.
                  <video
                    src={props.pictureUrl(item.sha256)}
                    muted
                    preload="metadata"
                    aria-label={altText || item.fileName}
                    style={{ aspectRatio: crop ?? undefined }}
                    className={crop ? 'cropped' : undefined}
                  />
                ) : (
                  <img
                    src={props.pictureUrl(item.sha256)}
                    alt={altText || item.fileName}
                    style={{ aspectRatio: crop ?? undefined }}
                    className={crop ? 'cropped' : undefined}
                  />
                )}
                {look.altText && (
                  <span className={altText ? 'alt-badge' : 'alt-badge missing'}>
                    {altText ? t('previews:alt') : t('previews:noAlt')}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {media.length > 0 && crop && (
        <p className="field-hint">{t('previews:cropped', { network: networkName })}</p>
      )}
      {media.length > 0 && !look.altText && (
        <p className="field-hint">{t('previews:altNotKept', { network: networkName })}</p>
      )}
      {showCard && <LinkCard state={card} network={network} cardBy={look.cardBy} />}
    </article>
  );
}
