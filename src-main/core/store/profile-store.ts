import { asc, desc, eq, lte } from 'drizzle-orm';
import type { Profile, Stage, StageSource, WeekStartsOn } from '../../shared/entities';
import type { OnboardingAnswers } from '../../shared/plan';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { businessProfile, stageHistory } from '../db/schema';

const PROFILE_ID = 1;

export interface StageChoice {
  stage: Stage;
  source: StageSource;
  /** Why Cadence proposed it; null when the owner chose. */
  reason: string | null;
}

export interface ProfileChanges {
  name?: string;
  timeZone?: string;
  /** A stage set here is the owner's choice. */
  stage?: Stage;
  weekStartsOn?: WeekStartsOn;
}

/** The single business profile row, created on first read with the laptop's time zone. */
export class ProfileStore {
  // Prepared once: nearly every request reads the profile (its time zone), and building and
  // preparing the query each time cost more than running it.
  private readonly rowQuery;

  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
    private readonly defaultTimeZone: string,
  ) {
    this.rowQuery = db.select().from(businessProfile).where(eq(businessProfile.id, PROFILE_ID)).prepare();
  }

  private row() {
    const row = this.rowQuery.get();
    if (row) return row;
    const now = this.clock.now();
    this.db.transaction((tx) => {
      tx.insert(businessProfile)
        .values({ id: PROFILE_ID, timeZone: this.defaultTimeZone, createdAt: now, updatedAt: now })
        .onConflictDoNothing()
        .run();
      tx.insert(stageHistory).values({ at: now, stage: 'starting', source: 'proposed', reason: null }).run();
    });
    return this.rowQuery.get()!;
  }

  get(): Profile {
    const row = this.row();
    return {
      name: row.name,
      timeZone: row.timeZone,
      stage: row.stage,
      stageSource: row.stageSource,
      stageReason: row.stageReason,
      weekStartsOn: row.weekStartsOn === 0 ? 0 : 1,
      onboardedAt: row.onboardedAt,
    };
  }

  answers(): OnboardingAnswers | null {
    return this.row().answers ?? null;
  }

  createdAt(): number {
    return this.row().createdAt;
  }

  update(changes: ProfileChanges): Profile {
    const { stage, ...rest } = changes;
    this.row();
    this.db
      .update(businessProfile)
      .set({ ...rest, updatedAt: this.clock.now() })
      .where(eq(businessProfile.id, PROFILE_ID))
      .run();
    if (stage !== undefined) this.setStage({ stage, source: 'owner', reason: null });
    return this.get();
  }

  /** Sets the stage and records the change, so past weeks keep the stage they were planned at. */
  setStage(choice: StageChoice): Profile {
    const current = this.row();
    const now = this.clock.now();
    this.db.transaction((tx) => {
      tx.update(businessProfile)
        .set({ stage: choice.stage, stageSource: choice.source, stageReason: choice.reason, updatedAt: now })
        .where(eq(businessProfile.id, PROFILE_ID))
        .run();
      const changed =
        current.stage !== choice.stage ||
        current.stageSource !== choice.source ||
        current.stageReason !== choice.reason;
      if (!changed) return;
      // A profile from before the history was kept: record the stage it had until now first.
      if (!tx.select({ id: stageHistory.id }).from(stageHistory).limit(1).get()) {
        tx.insert(stageHistory)
          .values({
            at: current.createdAt,
            stage: current.stage,
            source: current.stageSource,
            reason: current.stageReason,
          })
          .run();
      }
      tx.insert(stageHistory)
        .values({ at: now, ...choice })
        .run();
    });
    return this.get();
  }

  /** Saves the wizard's answers and the stage they led to, and marks the wizard as done. */
  completeOnboarding(answers: OnboardingAnswers, choice: StageChoice, weekStartsOn: WeekStartsOn): Profile {
    return this.db.transaction(() => {
      this.row();
      this.db
        .update(businessProfile)
        .set({ answers, weekStartsOn, onboardedAt: this.clock.now(), updatedAt: this.clock.now() })
        .where(eq(businessProfile.id, PROFILE_ID))
        .run();
      return this.setStage(choice);
    });
  }

  skipOnboarding(weekStartsOn: WeekStartsOn): Profile {
    this.row();
    const now = this.clock.now();
    this.db
      .update(businessProfile)
      .set({ weekStartsOn, onboardedAt: now, updatedAt: now })
      .where(eq(businessProfile.id, PROFILE_ID))
      .run();
    return this.get();
  }

  /**
   * The stage in force at an instant: the last change at or before it. Before the first
   * recorded change (a profile older than the history), the earliest known stage.
   */
  stageAt(at: number): Stage {
    const row =
      this.db
        .select()
        .from(stageHistory)
        .where(lte(stageHistory.at, at))
        .orderBy(desc(stageHistory.at), desc(stageHistory.id))
        .get() ??
      this.db.select().from(stageHistory).orderBy(asc(stageHistory.at), asc(stageHistory.id)).get();
    return row?.stage ?? this.row().stage;
  }
}
