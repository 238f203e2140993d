import '../../components/page.css';
import './insights.css';
import { useEffect, useState } from 'react';
import { useAppDataStore } from '../../state/app-data-store';
import { t } from '../../i18n/i18n';
import { call } from '../../lib/api';
import { presetRange, type DateRange } from './date-range';
import { ManagementSection } from './management-section';
import { MarketingSection } from './marketing-section';
import { RangePicker } from './range-picker';

export function InsightsPage() {
  const timeZone = useAppDataStore((s) => s.profile!.timeZone);
  const [range, setRange] = useState<DateRange>(() => presetRange('30', timeZone));

  useEffect(() => {
    // Opening Insights is what the plan's monthly "look at your numbers" item asks for.
    call('metrics.viewed').catch(() => {
      // Only the plan's tick depends on it; the numbers still show.
    });
  }, []);

  return (
    <div className="insights">
      <header className="page-header">
        <h1>{t('insights:title')}</h1>
        <RangePicker range={range} timeZone={timeZone} onChange={setRange} />
      </header>
      <p className="insights-local">{t('insights:local')}</p>
      <ManagementSection range={range} timeZone={timeZone} />
      <MarketingSection range={range} timeZone={timeZone} />
    </div>
  );
}
