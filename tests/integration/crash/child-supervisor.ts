// Keeps one core running in a child process for the fault run: boots it, and when a fault has
// killed it, boots the next one (started ahead of need, so a restart waits only for the core
// to open the data folder) and runs the interrupted work again.
import type { Network } from '../../../src-main/shared/entities';
import { ChildCore, ChildDied } from './child-core';

export interface SupervisorSetup {
  dataDir: string;
  xApi: string;
  closedPort: number;
  /** Each publish the child answered and then died for, before the record was written. */
  onCrashAfterSend(network: Network): void;
  /** Runs on every core booted after the first, before any interrupted work runs again. */
  onRestart(child: ChildCore): Promise<void>;
  /** The clock's time, for the core booting now. */
  now(): number;
}

export class ChildSupervisor {
  restarts = 0;
  private current!: ChildCore;
  /** The next process, its code already loaded. */
  private spare: Promise<ChildCore> | null = null;

  constructor(private readonly setup: SupervisorSetup) {}

  get child(): ChildCore {
    return this.current;
  }

  async begin(): Promise<void> {
    this.current = await this.boot();
  }

  /** Runs `work`, booting the core again (and running `work` again) whenever it was killed. */
  async withChild<T>(work: (child: ChildCore) => Promise<T>): Promise<T> {
    for (;;) {
      try {
        if (!this.current.alive) {
          await this.current.exited;
          this.current = await this.boot();
          this.restarts += 1;
          await this.setup.onRestart(this.current);
        }
        return await work(this.current);
      } catch (error) {
        if (!(error instanceof ChildDied)) throw error;
      }
    }
  }

  /** Kills whatever processes are left, for a run that ended or failed. */
  async dispose(): Promise<void> {
    this.current?.kill();
    (await this.spare?.catch(() => null))?.kill();
  }

  private async boot(): Promise<ChildCore> {
    const child = await (this.spare ?? this.load());
    this.spare = this.load();
    await child.boot(this.setup.now());
    return child;
  }

  private load(): Promise<ChildCore> {
    return ChildCore.load({
      dataDir: this.setup.dataDir,
      xApi: this.setup.xApi,
      closedPort: this.setup.closedPort,
      onCrashAfterSend: this.setup.onCrashAfterSend,
    });
  }
}
