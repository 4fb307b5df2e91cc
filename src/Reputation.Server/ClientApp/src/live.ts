import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import type { Alert, AlertChanges, MentionsEvent, MinuteEvent } from './types';

export type ConnectionState = 'connected' | 'reconnecting' | 'offline';

export interface LiveHandlers {
  alert(alert: Alert): void;
  minute(event: MinuteEvent): void;
  mentions(event: MentionsEvent): void;
  caughtUp(changes: AlertChanges): void;
  state(state: ConnectionState): void;
  /** Starting failed; the page checks whether the session is still valid. */
  startFailed(error: unknown): void;
}

const HUB_PATH = '/hubs/alerts';
// After SignalR's own retries give up, keep trying at this pace: a wall screen must come back by itself.
const RESTART_DELAY_MS = 15_000;

/**
 * The hub connection. After every (re)connect it re-subscribes (groups do not survive a new
 * connection) and catches up on the alerts missed since the last stamp, so the page never reloads.
 */
export class LiveConnection {
  private readonly connection: HubConnection;
  private brand: string | null = null;
  private restartTimer: number | undefined;

  constructor(private readonly handlers: LiveHandlers, private readonly stamp: () => number) {
    this.connection = new HubConnectionBuilder()
      .withUrl(HUB_PATH)
      .withAutomaticReconnect([0, 2_000, 5_000, 10_000, 30_000])
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on('alert', (a: Alert) => handlers.alert(a));
    this.connection.on('minute', (e: MinuteEvent) => handlers.minute(e));
    this.connection.on('mentions', (e: MentionsEvent) => handlers.mentions(e));
    this.connection.onreconnecting(() => handlers.state('reconnecting'));
    this.connection.onreconnected(() => void this.resubscribe());
    this.connection.onclose(() => {
      handlers.state('offline');
      this.scheduleRestart();
    });
  }

  async start(): Promise<void> {
    window.clearTimeout(this.restartTimer);
    try {
      await this.connection.start();
    } catch (error) {
      this.handlers.state('offline');
      this.handlers.startFailed(error);
      this.scheduleRestart();
      return;
    }
    await this.resubscribe();
  }

  /** Moves the brand subscription; safe to call while disconnected (applied on the next connect). */
  async watchBrand(brand: string): Promise<void> {
    const previous = this.brand;
    this.brand = brand;
    if (this.connection.state !== HubConnectionState.Connected || previous === brand) return;
    if (previous !== null) await this.connection.invoke('LeaveBrand', previous);
    await this.connection.invoke('JoinBrand', brand);
  }

  private async resubscribe(): Promise<void> {
    try {
      await this.connection.invoke('WatchAllAlerts');
      if (this.brand !== null) await this.connection.invoke('JoinBrand', this.brand);
      this.handlers.caughtUp(await this.connection.invoke<AlertChanges>('CatchUp', this.stamp()));
      this.handlers.state('connected');
    } catch {
      // The connection dropped mid-way; onreconnecting/onclose report it and the next connect retries all of this.
    }
  }

  private scheduleRestart(): void {
    window.clearTimeout(this.restartTimer);
    this.restartTimer = window.setTimeout(() => void this.start(), RESTART_DELAY_MS);
  }
}
