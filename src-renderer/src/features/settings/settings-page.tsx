import '../../components/page.css';
import './settings.css';
import { useAppDataStore } from '../../app/app-data-store';
import { useNewPostKey } from '../../lib/use-new-post-key';
import { PlanSettingsSection } from '../onboarding/plan-settings-section';
import { BusinessSection } from './business-section';
import { ChannelsSection } from './channels-section';
import { PublishingPreferences } from './publishing-preferences';

export function SettingsPage() {
  const profile = useAppDataStore((s) => s.profile);
  useNewPostKey();

  return (
    <div className="settings">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <div className="settings-sections">
        {profile && <BusinessSection profile={profile} />}
        {profile && <PlanSettingsSection profile={profile} />}
        <ChannelsSection />
        <PublishingPreferences />
      </div>
    </div>
  );
}
