import { useId, useRef, useState } from 'react';
import { LIMITS, type MediaItem } from '@shared/entities';
import { t } from '../../i18n/i18n';
import { call, mediaUrl, messageOf } from '../../lib/api';
import { MEDIA_ACCEPT, ImageFileError, readImageFile } from './read-image-file';

interface MediaSectionProps {
  media: MediaItem[];
  altTexts: Record<string, string>;
  readOnly: boolean;
  ensureSaved(): Promise<string>;
  onAltText(id: string, altText: string): void;
  onAdded(item: MediaItem): void;
  onRemoved(id: string): void;
}

/** Images on the post, each with its alt text. Adding one creates the post first if needed. */
export function MediaSection(props: MediaSectionProps) {
  const { media, altTexts, readOnly } = props;
  const [adding, setAdding] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const hintId = useId();
  const inputId = useId();
  const full = media.length >= LIMITS.mediaPerPost;

  async function addFiles(files: File[]) {
    const problems: string[] = [];
    let room = LIMITS.mediaPerPost - media.length;
    for (const file of files) {
      if (room <= 0) {
        problems.push(t('composer:media.leftOut', { count: LIMITS.mediaPerPost, file: file.name }));
        continue;
      }
      setAdding(file.name);
      try {
        const image = await readImageFile(file);
        const postId = await props.ensureSaved();
        props.onAdded(await call('media.add', { postId, ...image }));
        room -= 1;
      } catch (error) {
        problems.push(error instanceof ImageFileError ? error.message : messageOf(error));
      }
    }
    setAdding(null);
    setErrors(problems);
    if (input.current) input.current.value = '';
  }

  async function remove(item: MediaItem) {
    setErrors([]);
    try {
      await call('media.remove', { id: item.id });
      props.onRemoved(item.id);
    } catch (error) {
      setErrors([messageOf(error)]);
    }
  }

  return (
    <section className="composer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="composer-card-title">
        {t('composer:media.title')}
      </h2>
      {media.length > 0 && (
        <ul className="media-grid">
          {media.map((item) => {
            const altText = altTexts[item.id] ?? item.altText;
            return (
              <li key={item.id} className="media-tile">
                {item.video ? (
                  // Muted with controls: the owner checks the clip without it playing on its own.
                  <video
                    className="media-thumb"
                    src={mediaUrl(item.sha256)}
                    controls
                    muted
                    preload="metadata"
                    aria-label={altText || item.fileName}
                  />
                ) : (
                  <img className="media-thumb" src={mediaUrl(item.sha256)} alt={altText || item.fileName} />
                )}
                <label className="field">
                  <span className="field-label">{t('composer:media.altFor', { file: item.fileName })}</span>
                  <textarea
                    className="alt-text"
                    rows={2}
                    value={altText}
                    maxLength={LIMITS.altText}
                    readOnly={readOnly}
                    placeholder={t('composer:media.altPlaceholder')}
                    onChange={(event) => props.onAltText(item.id, event.target.value)}
                  />
                </label>
                {altText.trim() === '' && <p className="field-hint">{t('composer:media.noAlt')}</p>}
                {!readOnly && (
                  <button type="button" className="button subtle" onClick={() => void remove(item)}>
                    {t('composer:media.remove', { file: item.fileName })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <div className="media-add">
          <input
            ref={input}
            id={inputId}
            className="visually-hidden"
            type="file"
            accept={MEDIA_ACCEPT}
            multiple
            disabled={full || adding !== null}
            aria-describedby={hintId}
            onChange={(event) => void addFiles([...(event.target.files ?? [])])}
          />
          <label htmlFor={inputId} className="button media-add-button">
            {t('composer:media.add')}
          </label>
          <span id={hintId} className="field-hint">
            {adding
              ? t('composer:media.adding', { file: adding })
              : full
                ? t('composer:media.full', { count: LIMITS.mediaPerPost })
                : t('composer:media.kinds')}
          </span>
        </div>
      )}
      {errors.length > 0 && (
        <div role="alert" className="inline-error">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </section>
  );
}
