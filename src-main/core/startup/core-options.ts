// What a core is started with: its outside world, and what tests and tools may replace.
import type { Network } from '../../shared/entities';
import type { FilePicker } from '../backups/file-picker';
import type { Clock } from '../clock';
import type { Connector, ConnectorContext } from '../connectors/connector';
import type { AddressGuard } from '../link-cards/public-address';
import type { HostLookup } from '../link-cards/page-reader';
import type { InboxSource } from '../inbox/inbox-source';
import type { PostCountReader } from '../metrics/post-counts';
import type { DesktopFiles, Notifier, OnlineSignal, SecretStore } from '../ports';

export interface CoreOptions {
  clock: Clock;
  dataDir: string;
  migrationsFolder: string;
  secrets: SecretStore;
  online: OnlineSignal;
  notifier: Notifier;
  /** The zone a new business profile starts in; defaults to the machine's. */
  defaultTimeZone?: string;
  /** The network connectors; tests may replace them. */
  connectors?: Partial<Record<Network, Connector>>;
  /** Milliseconds before a network request is abandoned; its outcome is then reconciled. */
  requestTimeoutMs?: number;
  /** Where each network's API lives when not at its real hosts: the fakes, in tests and e2e web mode. */
  endpoints?: ConnectorContext['endpoints'];
  /** Whether the publishing timer runs (off for tools that only read the database). */
  publishing?: boolean;
  /** The networks whose inbox Cadence reads; tests may replace them. */
  inboxSources?: Partial<Record<Network, InboxSource>>;
  /** How often each channel's inbox is read while Cadence runs (default 5 minutes). */
  inboxPollMs?: number;
  /** Whether inboxes are read in the background (default on); inbox.refresh works either way. */
  inboxSync?: boolean;
  /** Readers of published posts' counts; by default the real ones, none when connectors are replaced. */
  postCountReaders?: Partial<Record<Network, PostCountReader>>;
  /**
   * Whether the daily backup runs; the app and web mode turn it on, tools and tests leave it off
   * so that their timers are their own. "Back up now" works either way.
   */
  automaticBackups?: boolean;
  /** The system's folder and file dialogs for backups and exports; none in web mode. */
  filePicker?: FilePicker;
  /**
   * Which addresses a link card may be read from. Only tests set it, to reach their own page on
   * 127.0.0.1; the app keeps the default, which refuses every address off the public internet.
   */
  linkCardGuard?: AddressGuard;
  /** How a link card's host name becomes addresses; tests answer it themselves, off the network. */
  linkCardLookup?: HostLookup;
  /** Shows and drags a "Remind me" post's images as files; none in web mode. */
  desktopFiles?: DesktopFiles;
}
