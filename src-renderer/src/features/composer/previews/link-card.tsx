// A link's card in a network preview, and who makes it: Cadence for Bluesky (read again when
// the post is sent, so a card missing now may still go out), the network itself elsewhere.
import { NETWORK_LABELS } from '@shared/entities';
import { hostOf } from '@shared/brand-kit/links';
import { t } from '../../../i18n/i18n';
import type { PreviewLook, PreviewNetwork } from './preview-looks';
import type { LinkCardState } from './use-link-card';

interface LinkCardProps {
  state: Exclude<LinkCardState, { status: 'no-link' }>;
  network: PreviewNetwork;
  cardBy: PreviewLook['cardBy'];
}

export function LinkCard({ state, network, cardBy }: LinkCardProps) {
  const networkName = NETWORK_LABELS[network];
  const whose =
    cardBy === 'cadence'
      ? t('previews:card.byCadence')
      : t('previews:card.byNetwork', { network: networkName });
  if (state.status === 'reading') return <p className="field-hint">{t('previews:card.reading')}</p>;
  if (state.status === 'no-card') {
    return (
      <p className="field-hint">
        {cardBy === 'cadence'
          ? t('previews:card.noneYet')
          : t('previews:card.networkReads', { network: networkName })}
      </p>
    );
  }
  const { card } = state;
  return (
    <figure className="preview-link-card">
      {card.pictureDataUrl && (
        <img src={card.pictureDataUrl} alt={t('previews:card.picture', { title: card.title })} />
      )}
      <figcaption>
        <span className="preview-link-host">{hostOf(card.url) ?? card.url}</span>
        <strong>{card.title}</strong>
        {card.description && <span>{card.description}</span>}
        <span className="field-hint">{whose}</span>
      </figcaption>
    </figure>
  );
}
