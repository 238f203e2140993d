import { useId } from 'react';
import type { Profile } from '@shared/entities';
import { useNavigationStore } from '../../app/navigation-store';
import { stageLabel } from './stage-words';

/** Settings' way back to the first-run questions and to the brand voice kit. */
export function PlanSettingsSection({ profile }: { profile: Profile }) {
  const go = useNavigationStore((s) => s.go);
  const headingId = useId();
  const source = profile.stageSource === 'owner' ? 'you chose it' : 'suggested by Cadence';

  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Plan and brand
      </h2>
      <p className="section-intro">
        Your plan is sized for the {stageLabel(profile.stage)} stage ({source}). Answer the questions again if
        the business has changed.
      </p>
      <div className="settings-actions">
        <button type="button" className="button" onClick={() => go('business-stage')}>
          Review business stage
        </button>
        <button type="button" className="button" onClick={() => go('brand-kit')}>
          Brand voice kit
        </button>
      </div>
    </section>
  );
}
