import '../../components/page.css';
import './settings.css';
import { useTranslation } from 'react-i18next';
import { useAppDataStore } from '../../state/app-data-store';
import { useNewPostKey } from '../../lib/use-new-post-key';
import { PlanSettingsSection } from '../onboarding/plan-settings-section';
import { AppearanceSection } from './appearance-section';
import { BackupsSection } from './backups-section';
import { BusinessSection } from './business-section';
import { ChannelsSection } from './channels-section';
import { LanguageSection } from './language-section';
import { PublishingPreferences } from './publishing-preferences';

export function SettingsPage() {
  const profile = useAppDataStore((s) => s.profile);
  useNewPostKey();
  const { t } = useTranslation('settings');

  return (
    <div className="settings">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      <div className="settings-sections">
        {profile && <BusinessSection profile={profile} />}
        {profile && <PlanSettingsSection profile={profile} />}
        <ChannelsSection />
        <PublishingPreferences />
        <AppearanceSection />
        <LanguageSection />
        <BackupsSection />
      </div>
    </div>
  );
}
