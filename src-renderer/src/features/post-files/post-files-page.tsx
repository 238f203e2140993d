// Posts in and out as files: a CSV of posts planned in a spreadsheet, and the schedule as a
// calendar file.
import '../../components/page.css';
import './post-files.css';
import { useTranslation } from 'react-i18next';
import { useNewPostKey } from '../../lib/use-new-post-key';
import { ExportCalendar } from './export-calendar';
import { ImportPosts } from './import-posts';

export function PostFilesPage() {
  const { t } = useTranslation('postFiles');
  useNewPostKey();
  return (
    <div className="post-files-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      <ImportPosts />
      <ExportCalendar />
    </div>
  );
}
